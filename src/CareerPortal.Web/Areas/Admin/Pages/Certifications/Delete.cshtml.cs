using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPortal.Web.Areas.Admin.Pages.Certifications;

public sealed class DeleteModel(CareerDb db) : PageModel
{
    public DeleteFlow<Certification> Flow => field ??= new(this, db, db.Certifications, "certification", async (certification, cancellationToken) =>
        new Deletion("certification", $"{certification.Abbreviation}: {certification.Name}", certification.Version, Url.Page("Edit", new { id = certification.Id })!)
        {
            AlsoDeleted = await Deletion.LevelsAsync(db.CareerLevels.Where(l => l.Certifications.Any(c => c.CertificationId == certification.Id)), cancellationToken),
        });

    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => Flow.GetAsync(id, cancellationToken);

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) => Flow.PostAsync(id, null, cancellationToken);
}
