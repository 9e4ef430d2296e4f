using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Advancements;

public sealed class DeleteModel(CareerDb db) : PageModel
{
    public DeleteFlow<Advancement> Flow => field ??= new(this, db, db.Advancements.Include(a => a.Career), "advancement tier", (tier, _) =>
        Task.FromResult(new Deletion("advancement tier", $"{tier.Tier} ({tier.Career.Title})", tier.Version, Url.Page("Edit", new { id = tier.Id })!)));

    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => Flow.GetAsync(id, cancellationToken);

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        Flow.PostAsync(id, tier => RedirectToPage("/Careers/Career", new { id = tier.CareerId }), cancellationToken);
}
