using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Careers;

public sealed class DeleteModel(CareerDb db) : AdminPage
{
    [BindProperty]
    public Guid Version { get; set; }

    public Deletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var career = await LoadAsync(id, cancellationToken);
        if (career is null)
        {
            Notice("That career was already deleted.");
            return RedirectToPage("Index");
        }
        if (Deletion.UsedBy.Count > 0)
        {
            return Page();
        }
        db.Entry(career).Property(c => c.Version).OriginalValue = Version;
        db.Careers.Remove(career);
        if (!await DeleteAsync(db, cancellationToken))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        Notice($"Deleted the career {career.Title}.");
        return RedirectToPage("Index");
    }

    private async Task<Career?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var career = await db.Careers.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (career is null)
        {
            return null;
        }
        var usedBy = await db.CareerRelations.AsNoTracking().Where(r => r.RelatedCareerId == id && r.CareerId != id)
            .OrderBy(r => r.Career.Title).Select(r => "the related careers of " + r.Career.Title).ToListAsync(cancellationToken);
        var counts = await db.Careers.AsNoTracking().Where(c => c.Id == id).Select(c => new
        {
            Levels = c.Levels.Count, Sections = c.Sections.Count, Titles = c.JobTitles.Count,
            Specializations = c.Specializations.Count, Relations = c.Relations.Count, Tiers = c.Advancements.Count,
        }).SingleAsync(cancellationToken);
        var also = new List<string>();
        void Count(int count, string what)
        {
            if (count > 0)
            {
                also.Add($"{count} {what}");
            }
        }
        Count(counts.Levels, "career levels (with their skills and certifications)");
        Count(counts.Sections, "guide sections (with their revisions)");
        Count(counts.Titles, "job titles");
        Count(counts.Specializations, "specializations");
        Count(counts.Relations, "links to related careers");
        Count(counts.Tiers, "advancement tiers");
        Deletion = new Deletion("career", career.Title, career.Version, Url.Page("Career", new { id })!) { UsedBy = usedBy, AlsoDeleted = also };
        return career;
    }
}
