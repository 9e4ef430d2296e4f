using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Specializations;

public sealed class DeleteModel(CareerDb db) : AdminPage
{
    [BindProperty]
    public Guid Version { get; set; }

    public Deletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var specialization = await LoadAsync(id, cancellationToken);
        if (specialization is null)
        {
            Notice("That specialization was already deleted.");
            return RedirectToPage("Index");
        }
        db.Entry(specialization).Property(s => s.Version).OriginalValue = Version;
        db.Specializations.Remove(specialization);
        if (!await DeleteAsync(db, cancellationToken))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        Notice($"Deleted the specialization {specialization.Name}.");
        return RedirectToPage("/Careers/Career", new { id = specialization.CareerId });
    }

    private async Task<Specialization?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var specialization = await db.Specializations.Include(s => s.Career).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (specialization is not null)
        {
            Deletion = new Deletion("specialization", $"{specialization.Name} ({specialization.Career.Title})", specialization.Version, Url.Page("Edit", new { id })!);
        }
        return specialization;
    }
}
