using CareerPortal.Web.Areas.Admin.History;
using CareerPortal.Web.Data;
using CareerPortal.Web.Pages;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin;

/// <summary>An input model that carries its row's concurrency token through the form.</summary>
public interface IVersioned
{
    Guid Version { get; set; }
}

/// <summary>What every admin page does the same way: validation errors onto the form's fields,
/// saving without losing anyone's edit, evicting the public pages, and the notice after a redirect.</summary>
public abstract class AdminPage : PageModel
{
    public const string ConflictMessage = "Someone else changed this while you were editing. Their version is shown below and your input is kept in the form: save again to replace theirs with yours.";
    public const string GoneMessage = "Someone else deleted this while you were editing. Your input is kept below, but it can no longer be saved here.";
    public const string BusyMessage = "The database is busy or unavailable, so nothing was changed. Your input is kept below: try again in a moment.";

    /// <summary>The stored version, shown beside the editor's input after a conflicting save.</summary>
    public object? Theirs { get; private set; }

    /// <summary>Runs the page's validator and puts each error on its field (<c>Input.Name</c>).</summary>
    protected async Task<bool> ValidateAsync<T>(IValidator<T> validator, T input, CancellationToken cancellationToken, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(validator);
        return await FormBinding.ValidateAsync(ModelState, validator, input, cancellationToken, prefix);
    }

    /// <summary>Marks the row changed, expecting the token the form was opened with: the save then
    /// always checks it and renews it, even when only the row's lists or links changed.</summary>
    protected static void ExpectVersion<T>(CareerDb db, T row, Guid version) where T : Entity
    {
        ArgumentNullException.ThrowIfNull(db);
        var entry = db.Entry(row);
        entry.Property(e => e.Version).OriginalValue = version;
        entry.Property(e => e.UpdatedAt).IsModified = true;
    }

    /// <summary>Saves <paramref name="row"/> with its revision and evicts the public pages. When someone else saved first, nothing is
    /// written: their version is loaded to show, and the form takes their token so that saving
    /// again is a deliberate choice to replace it.</summary>
    protected async Task<bool> SaveAsync<TInput>(CareerDb db, Entity row, bool isNew, TInput input, Func<Task<TInput?>> loadTheirs, CancellationToken cancellationToken)
        where TInput : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(loadTheirs);
        try
        {
            await Revisions.SaveAsync(db, row, isNew, User.Identity?.Name, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            if (await loadTheirs() is not { } theirs)
            {
                ModelState.AddModelError("", GoneMessage);
                return false;
            }
            Theirs = theirs;
            input.Version = theirs.Version;
            ModelState.Remove("Input.Version");
            ModelState.AddModelError("", ConflictMessage);
            return false;
        }
        catch (DbUpdateException e) when (e.IsDatabaseOutage())
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", BusyMessage);
            return false;
        }
        catch (DbUpdateException)
        {
            // The validator checks uniqueness first; this is a race with another editor.
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", "This could not be saved: another record now has the same name or slug. Change it and save again.");
            return false;
        }
        await EvictPublicPagesAsync(cancellationToken);
        return true;
    }

    /// <summary>Moves <paramref name="row"/> to the trash, deletes it and evicts the public pages; false with a message on the page when it could not.</summary>
    protected async Task<bool> DeleteAsync(CareerDb db, Entity row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(row);
        await Revisions.TrashAsync(db, row, User.Identity?.Name, cancellationToken);
        db.Remove(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", "Someone else changed or deleted this since you opened the page. Check it below and confirm again.");
            return false;
        }
        catch (DbUpdateException e) when (e.IsDatabaseOutage())
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", BusyMessage);
            return false;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", "This is still used elsewhere (something referring to it was just added), so it was not deleted.");
            return false;
        }
        await EvictPublicPagesAsync(cancellationToken);
        return true;
    }

    /// <summary>Public pages are output-cached: after a save, evict those that show what it changed
    /// (the request's CareerDb, which the page saved with, knows what that was).</summary>
    protected Task EvictPublicPagesAsync(CancellationToken cancellationToken) =>
        HttpContext.RequestServices.GetRequiredService<IOutputCacheStore>()
            .EvictSavedAsync(HttpContext.RequestServices.GetRequiredService<CareerDb>(), cancellationToken).AsTask();

    /// <summary>Records in the audit log something that is not itself a change of content (a sign-in,
    /// an account change), done by <paramref name="actor"/> or else the signed-in user.</summary>
    protected Task AuditAsync(string action, string? detail, CancellationToken cancellationToken, string? actor = null) =>
        Audit.RecordAsync(HttpContext.RequestServices.GetRequiredService<CareerDb>(), actor ?? User.Identity?.Name, action, detail, cancellationToken);

    /// <summary>A notice shown once, on the page the editor is redirected to.</summary>
    protected void Notice(string message) => TempData[NoticeKey] = message;

    public const string NoticeKey = "Notice";
}
