using CareerPortal.Web.Accounts;
using CareerPortal.Web.Areas.Admin.History;
using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Trash;

/// <summary>Deleted records, newest first: any editor restores one (with what used it, where that is
/// still there); only an admin empties the trash, which forgets them for good.</summary>
public sealed class IndexModel(CareerDb db) : AdminPage
{
    public sealed record Line(long Revision, string Kind, int RecordId, string Title, string Summary, string? Author, DateTime DeletedAt);

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Line> List { get; private set; } = null!;
    public bool CanEmpty => User.IsInRole(Roles.Admin);
    public Restoring? Pending { get; private set; }
    public long PendingRevision { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(PageNumber, cancellationToken);

    public async Task<IActionResult> OnPostRestoreAsync(long revision, bool keep, CancellationToken cancellationToken)
    {
        var trashed = await Revisions.Trash(db).AsNoTracking().FirstOrDefaultAsync(r => r.Id == revision, cancellationToken);
        if (trashed is null)
        {
            Notice("That record is no longer in the trash: someone restored it, or the trash was emptied.");
            return RedirectToPage();
        }
        var result = await Restorer.RunAsync(this, db, trashed, keep, cancellationToken);
        if (Restorer.Written(result, keep) && AdminKinds.BySegment(trashed.Kind) is { } kind)
        {
            Notice($"Restored the {kind.Singular.ToLowerInvariant()} {trashed.Title} from the trash.");
            return RedirectToPage(kind.EditPage, new { id = result.Row!.Id });
        }
        (Pending, PendingRevision) = (result.Refusal is null ? result : null, revision);
        await LoadAsync(1, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostEmptyAsync(CancellationToken cancellationToken)
    {
        if (!CanEmpty)
        {
            return Forbid();
        }
        var count = await Revisions.EmptyTrashAsync(db, User.Identity?.Name, cancellationToken);
        Notice(count == 1 ? "Deleted one record for good." : $"Deleted {count} records for good.");
        return RedirectToPage();
    }

    private async Task LoadAsync(int page, CancellationToken cancellationToken) =>
        List = await Revisions.Trash(db).AsNoTracking().OrderByDescending(r => r.Id)
            .Select(r => new Line(r.Id, r.Kind, r.RecordId, r.Title, r.Summary, r.Author, r.CreatedAt)).ToPagedListAsync(page, cancellationToken);
}
