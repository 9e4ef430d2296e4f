using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.JobTitles;

public sealed class DeleteModel(CareerDb db) : AdminPage
{
    [BindProperty]
    public Guid Version { get; set; }

    public Deletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var title = await LoadAsync(id, cancellationToken);
        if (title is null)
        {
            Notice("That job title was already deleted.");
            return RedirectToPage("Index");
        }
        db.Entry(title).Property(t => t.Version).OriginalValue = Version;
        db.JobTitles.Remove(title);
        if (!await DeleteAsync(db, cancellationToken))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        Notice($"Deleted the job title {title.Title}.");
        return RedirectToPage("/Careers/Career", new { id = title.CareerId });
    }

    private async Task<JobTitle?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var title = await db.JobTitles.Include(t => t.Career).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (title is not null)
        {
            Deletion = new Deletion("job title", $"{title.Title} ({title.Career.Title})", title.Version, Url.Page("Edit", new { id })!);
        }
        return title;
    }
}
