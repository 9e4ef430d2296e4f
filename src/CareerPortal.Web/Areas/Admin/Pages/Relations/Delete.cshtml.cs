using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Relations;

public sealed class DeleteModel(CareerDb db) : AdminPage
{
    [BindProperty]
    public Guid Version { get; set; }

    public Deletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var relation = await LoadAsync(id, cancellationToken);
        if (relation is null)
        {
            Notice("That link was already deleted.");
            return RedirectToPage("Index");
        }
        db.Entry(relation).Property(r => r.Version).OriginalValue = Version;
        db.CareerRelations.Remove(relation);
        if (!await DeleteAsync(db, cancellationToken))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        Notice($"Deleted the link from {relation.Career.Title} to {relation.RelatedCareer.Title}.");
        return RedirectToPage("/Careers/Career", new { id = relation.CareerId });
    }

    private async Task<CareerRelation?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var relation = await db.CareerRelations.Include(r => r.Career).Include(r => r.RelatedCareer).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (relation is not null)
        {
            Deletion = new Deletion("related career", $"{relation.RelatedCareer.Title} (from {relation.Career.Title})", relation.Version, Url.Page("Edit", new { id })!);
        }
        return relation;
    }
}
