using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Relations;

public sealed class DeleteModel(CareerDb db) : PageModel
{
    public DeleteFlow<CareerRelation> Flow => field ??= new(this, db, db.CareerRelations.Include(r => r.Career).Include(r => r.RelatedCareer), "related career", (relation, _) =>
        Task.FromResult(new Deletion("related career", $"{relation.RelatedCareer.Title} (from {relation.Career.Title})", relation.Version, Url.Page("Edit", new { id = relation.Id })!)));

    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => Flow.GetAsync(id, cancellationToken);

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        Flow.PostAsync(id, relation => RedirectToPage("/Careers/Career", new { id = relation.CareerId }), cancellationToken);
}
