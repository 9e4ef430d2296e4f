using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.CareerLevels;

public sealed class DeleteModel(CareerDb db) : AdminPage
{
    [BindProperty]
    public Guid Version { get; set; }

    public Deletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var level = await LoadAsync(id, cancellationToken);
        if (level is null)
        {
            Notice("That career level was already deleted.");
            return RedirectToPage("Index");
        }
        db.Entry(level).Property(l => l.Version).OriginalValue = Version;
        if (!await DeleteAsync(db, level, cancellationToken))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        Notice($"Moved the career level {level.Title} to the trash.");
        return RedirectToPage("/Careers/Career", new { id = level.CareerId });
    }

    private async Task<CareerLevel?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var level = await db.CareerLevels.Include(l => l.Career).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (level is null)
        {
            return null;
        }
        var counts = await db.CareerLevels.AsNoTracking().Where(l => l.Id == id)
            .Select(l => new { Skills = l.Skills.Count, Certifications = l.Certifications.Count }).SingleAsync(cancellationToken);
        var also = new List<string>();
        if (counts.Skills > 0)
        {
            also.Add($"its {counts.Skills} skills with their importance");
        }
        if (counts.Certifications > 0)
        {
            also.Add($"its {counts.Certifications} certification links (the certifications themselves stay)");
        }
        Deletion = new Deletion("career level", $"{level.Title} of {level.Career.Title}", level.Version, Url.Page("Edit", new { id })!) { AlsoDeleted = also };
        return level;
    }
}
