using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Sections;

public sealed class DeleteModel(CareerDb db) : AdminPage
{
    [BindProperty]
    public Guid Version { get; set; }

    public Deletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var section = await LoadAsync(id, cancellationToken);
        if (section is null)
        {
            Notice("That section was already deleted.");
            return RedirectToPage("Index");
        }
        db.Entry(section).Property(s => s.Version).OriginalValue = Version;
        db.GuideSections.Remove(section);
        if (!await DeleteAsync(db, cancellationToken))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        Notice($"Deleted the section {section.Title}.");
        return RedirectToPage("/Careers/Career", new { id = section.CareerId });
    }

    private async Task<GuideSection?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var section = await db.GuideSections.Include(s => s.Career).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (section is not null)
        {
            var revisions = await db.Revisions.CountAsync(r => r.GuideSectionId == id, cancellationToken);
            Deletion = new Deletion("guide section", $"{section.Title} ({section.Career.Title})", section.Version, Url.Page("Edit", new { id })!)
            {
                AlsoDeleted = revisions > 0 ? [$"its {revisions} saved revisions"] : [],
            };
        }
        return section;
    }
}
