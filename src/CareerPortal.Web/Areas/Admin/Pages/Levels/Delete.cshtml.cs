using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Levels;

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
            Notice("That level was already deleted.");
            return RedirectToPage("Index");
        }
        if (Deletion.UsedBy.Count > 0)
        {
            return Page();
        }
        db.Entry(level).Property(l => l.Version).OriginalValue = Version;
        if (!await DeleteAsync(db, level, cancellationToken))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        Notice($"Moved the level {level.Name} to the trash.");
        return RedirectToPage("Index");
    }

    private async Task<Level?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var level = await db.Levels.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (level is null)
        {
            return null;
        }
        var usedBy = await db.CareerLevels.AsNoTracking().Where(l => l.LevelId == id)
            .OrderBy(l => l.Career.Title).Select(l => "the career level " + l.Title + " of " + l.Career.Title).ToListAsync(cancellationToken);
        usedBy.AddRange(await db.JobTitles.AsNoTracking().Where(t => t.LevelId == id)
            .OrderBy(t => t.Career.Title).ThenBy(t => t.Title).Select(t => "the job title " + t.Title + " of " + t.Career.Title).ToListAsync(cancellationToken));
        usedBy.AddRange(await db.Certifications.AsNoTracking().Where(c => c.LevelId == id)
            .OrderBy(c => c.Abbreviation).Select(c => "the certification " + c.Abbreviation).ToListAsync(cancellationToken));
        Deletion = new Deletion("level", level.Name, level.Version, Url.Page("Edit", new { id })!) { UsedBy = usedBy };
        return level;
    }
}
