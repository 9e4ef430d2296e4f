using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Specializations;

public sealed class DeleteModel(CareerDb db) : PageModel
{
    public DeleteFlow<Specialization> Flow => field ??= new(this, db, db.Specializations.Include(s => s.Career), "specialization", (specialization, _) =>
        Task.FromResult(new Deletion("specialization", $"{specialization.Name} ({specialization.Career.Title})", specialization.Version, Url.Page("Edit", new { id = specialization.Id })!)));

    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => Flow.GetAsync(id, cancellationToken);

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        Flow.PostAsync(id, specialization => RedirectToPage("/Careers/Career", new { id = specialization.CareerId }), cancellationToken);
}
