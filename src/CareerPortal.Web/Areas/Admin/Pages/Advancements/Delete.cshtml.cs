using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Advancements;

public sealed class DeleteModel(CareerDb db) : AdminPage
{
    [BindProperty]
    public Guid Version { get; set; }

    public Deletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var tier = await LoadAsync(id, cancellationToken);
        if (tier is null)
        {
            Notice("That advancement tier was already deleted.");
            return RedirectToPage("Index");
        }
        db.Entry(tier).Property(a => a.Version).OriginalValue = Version;
        db.Advancements.Remove(tier);
        if (!await DeleteAsync(db, cancellationToken))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        Notice($"Deleted the tier {tier.Tier}.");
        return RedirectToPage("/Careers/Career", new { id = tier.CareerId });
    }

    private async Task<Advancement?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var tier = await db.Advancements.Include(a => a.Career).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (tier is not null)
        {
            Deletion = new Deletion("advancement tier", $"{tier.Tier} ({tier.Career.Title})", tier.Version, Url.Page("Edit", new { id })!);
        }
        return tier;
    }
}
