using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Careers;

public sealed class DeleteModel(CareerDb db) : PageModel
{
    public DeleteFlow<Career> Flow => field ??= new(this, db, db.Careers, "career", DescribeAsync);

    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => Flow.GetAsync(id, cancellationToken);

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) => Flow.PostAsync(id, null, cancellationToken);

    private async Task<Deletion> DescribeAsync(Career career, CancellationToken cancellationToken)
    {
        var id = career.Id;
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
        return new Deletion("career", career.Title, career.Version, Url.Page("Career", new { id })!) { UsedBy = usedBy, AlsoDeleted = also };
    }
}
