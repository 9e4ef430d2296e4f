using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Careers;

/// <summary>One career and everything that belongs to it, each with its edit link.</summary>
public sealed class CareerModel(CareerDb db) : AdminPage
{
    public Career Career { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var career = await db.Careers.AsNoTracking().AsSplitQuery()
            .Include(c => c.Levels.OrderBy(l => l.Level.Order)).ThenInclude(l => l.Level)
            .Include(c => c.Sections.OrderBy(s => s.Order))
            .Include(c => c.JobTitles.OrderBy(t => t.Level.Order).ThenBy(t => t.Order)).ThenInclude(t => t.Level)
            .Include(c => c.Specializations.OrderBy(s => s.Order))
            .Include(c => c.Relations.OrderBy(r => r.Order)).ThenInclude(r => r.RelatedCareer)
            .Include(c => c.Advancements.OrderBy(a => a.Order))
            .Include(c => c.Tools.OrderBy(t => t.Order)).ThenInclude(t => t.Tool)
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (career is null)
        {
            return NotFound();
        }
        Career = career;
        return Page();
    }
}
