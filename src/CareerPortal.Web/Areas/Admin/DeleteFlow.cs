using CareerPortal.Web.Areas.Admin.History;
using CareerPortal.Web.Data;
using CareerPortal.Web.Pages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin;

/// <summary>One admin delete, composed into each kind's delete page: the confirmation lists what
/// still uses the row (then deleting is refused) and what goes with it; the delete is refused when
/// the row changed since the confirmation was shown, moves the row with its children to the trash
/// (<see cref="Revisions.TrashAsync"/>), and evicts the public pages.</summary>
public sealed class DeleteFlow<TEntity>(PageModel page, CareerDb db, IQueryable<TEntity> rows, string kind,
    Func<TEntity, CancellationToken, Task<Deletion>> describe)
    where TEntity : Entity
{
    public const string StaleMessage = "Someone else changed or deleted this since you opened the page. Check it below and confirm again.";

    public Deletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> GetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? page.NotFound() : page.Page();

    /// <summary>Deletes row <paramref name="id"/> if it is unused and still at the version the
    /// confirmation showed (its form's Version); <paramref name="next"/> says where to go after (the list by default).</summary>
    public async Task<IActionResult> PostAsync(int id, Func<TEntity, IActionResult>? next, CancellationToken cancellationToken)
    {
        _ = Guid.TryParse(page.Request.HasFormContentType ? page.Request.Form["Version"].ToString() : null, out var version);
        var row = await LoadAsync(id, cancellationToken);
        if (row is null)
        {
            page.TempData[AdminPage.NoticeKey] = $"That {kind} was already deleted.";
            return page.RedirectToPage("Index");
        }
        if (Deletion.UsedBy.Count > 0)
        {
            return page.Page();
        }
        if (row.Version != version)
        {
            page.ModelState.AddModelError("", StaleMessage);
            return page.Page();
        }
        db.Entry(row).Property(e => e.Version).OriginalValue = version;
        await Revisions.TrashAsync(db, row, page.User.Identity?.Name, cancellationToken);
        db.Remove(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            page.ModelState.AddModelError("", StaleMessage);
            await LoadAsync(id, cancellationToken);
            return page.Page();
        }
        catch (DbUpdateException e) when (e.IsDatabaseOutage())
        {
            db.ChangeTracker.Clear();
            page.ModelState.AddModelError("", AdminPage.BusyMessage);
            await LoadAsync(id, cancellationToken);
            return page.Page();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            page.ModelState.AddModelError("", "This is still used elsewhere (something referring to it was just added), so it was not deleted.");
            await LoadAsync(id, cancellationToken);
            return page.Page();
        }
        await page.HttpContext.RequestServices.GetRequiredService<IOutputCacheStore>().EvictSavedAsync(db, cancellationToken);
        page.TempData[AdminPage.NoticeKey] = $"Moved the {kind} {Deletion.Name} to the trash.";
        return next?.Invoke(row) ?? page.RedirectToPage("Index");
    }

    private async Task<TEntity?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var row = await rows.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (row is not null)
        {
            Deletion = await describe(row, cancellationToken);
        }
        return row;
    }
}
