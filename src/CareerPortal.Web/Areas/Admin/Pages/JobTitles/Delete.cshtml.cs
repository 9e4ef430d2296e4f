using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.JobTitles;

public sealed class DeleteModel(CareerDb db) : PageModel
{
    public DeleteFlow<JobTitle> Flow => field ??= new(this, db, db.JobTitles.Include(t => t.Career), "job title", (title, _) =>
        Task.FromResult(new Deletion("job title", $"{title.Title} ({title.Career.Title})", title.Version, Url.Page("Edit", new { id = title.Id })!)));

    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => Flow.GetAsync(id, cancellationToken);

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        Flow.PostAsync(id, title => RedirectToPage("/Careers/Career", new { id = title.CareerId }), cancellationToken);
}
