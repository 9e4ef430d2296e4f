using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Certifications;

public sealed class DeleteModel(CareerDb db) : AdminPage
{
    [BindProperty]
    public Guid Version { get; set; }

    public Deletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var certification = await LoadAsync(id, cancellationToken);
        if (certification is null)
        {
            Notice("That certification was already deleted.");
            return RedirectToPage("Index");
        }
        if (Deletion.UsedBy.Count > 0)
        {
            return Page();
        }
        db.Entry(certification).Property(c => c.Version).OriginalValue = Version;
        db.Certifications.Remove(certification);
        if (!await DeleteAsync(db, cancellationToken))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        Notice($"Deleted the certification {certification.Abbreviation}.");
        return RedirectToPage("Index");
    }

    private async Task<Certification?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var certification = await db.Certifications.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (certification is null)
        {
            return null;
        }
        var usedBy = await db.CareerLevelCertifications.AsNoTracking().Where(c => c.CertificationId == id)
            .OrderBy(c => c.CareerLevel.Career.Title).ThenBy(c => c.CareerLevel.Level.Order)
            .Select(c => "the level " + c.CareerLevel.Title + " of " + c.CareerLevel.Career.Title)
            .ToListAsync(cancellationToken);
        Deletion = new Deletion("certification", $"{certification.Abbreviation}: {certification.Name}", certification.Version, Url.Page("Edit", new { id })!) { UsedBy = usedBy };
        return certification;
    }
}
