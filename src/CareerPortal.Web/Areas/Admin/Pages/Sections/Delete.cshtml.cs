using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Sections;

public sealed class DeleteModel(CareerDb db) : PageModel
{
    public DeleteFlow<GuideSection> Flow => field ??= new(this, db, db.GuideSections.Include(s => s.Career), "guide section", (section, _) =>
        Task.FromResult(new Deletion("guide section", $"{section.Title} ({section.Career.Title})", section.Version, Url.Page("Edit", new { id = section.Id })!)));

    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => Flow.GetAsync(id, cancellationToken);

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        Flow.PostAsync(id, section => RedirectToPage("/Careers/Career", new { id = section.CareerId }), cancellationToken);
}
