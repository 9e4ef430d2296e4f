using CareerPortal.Web.Content;
using CareerPortal.Web.Data;
using CareerPortal.Web.Pages;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.History;

/// <summary>A restore asked for from a page (the history's compare page or the trash): applies the
/// revision, puts on the page why it could not be, and evicts the public pages like a save.</summary>
public static class Restorer
{
    /// <summary>The result: written when it has a row and nothing refused or pending; else the page shows
    /// its refusal (on ModelState) or its missing references with the choice to keep what can be.</summary>
    public static async Task<Restoring> RunAsync(PageModel page, CareerDb db, Revision revision, bool keepWhatCan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var markdown = page.HttpContext.RequestServices.GetRequiredService<MarkdownRenderer>();
        Restoring result;
        try
        {
            result = await Revisions.RestoreAsync(db, markdown, revision, keepWhatCan, page.User.Identity?.Name, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            result = Restoring.Refused("Another record now has the same name, slug or place, or someone changed this at the same moment: check the record, change what clashes, and restore again.");
        }
        if (result.Refusal is { } refusal)
        {
            page.ModelState.AddModelError("", "This cannot be restored. " + refusal);
        }
        else if (Written(result, keepWhatCan))
        {
            await page.HttpContext.RequestServices.GetRequiredService<IOutputCacheStore>().EvictAllAsync(cancellationToken);
        }
        return result;
    }

    public static bool Written(Restoring result, bool keepWhatCan)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Refusal is null && result.Row is not null && (result.Missing.Count == 0 || keepWhatCan);
    }
}
