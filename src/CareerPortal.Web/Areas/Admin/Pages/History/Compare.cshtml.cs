using CareerPortal.Web.Areas.Admin.History;
using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.History;

/// <summary>Two revisions of a record side by side, changes highlighted word by word, and the
/// restore of either (a new revision; the record's history is never rewritten).</summary>
public sealed class CompareModel(CareerDb db) : AdminPage
{
    public AdminKind Kind { get; private set; } = null!;
    public int Id { get; private set; }
    public Revision Left { get; private set; } = null!;
    public Revision Right { get; private set; } = null!;
    public IReadOnlyList<(string Name, string Left, string Right)> Rows { get; private set; } = [];
    /// <summary>The newest revision's id: restoring that one would change nothing.</summary>
    public long Latest { get; private set; }
    public bool Exists { get; private set; }
    /// <summary>A restore waiting for the editor to accept leaving out what is gone.</summary>
    public Restoring? Pending { get; private set; }
    public long PendingRevision { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, int id, long? left, long? right, CancellationToken cancellationToken) =>
        await LoadAsync(kind, id, left, right, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRestoreAsync(string kind, int id, long revision, bool keep, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, id, revision, null, cancellationToken))
        {
            return NotFound();
        }
        if (!Exists)
        {
            ModelState.AddModelError("", "This record is in the trash now: restore it from the trash.");
            return Page();
        }
        var result = await Restorer.RunAsync(this, db, Left, keep, cancellationToken);
        if (Restorer.Written(result, keep))
        {
            Notice($"Restored the revision of {Left.CreatedAt:yyyy-MM-dd HH:mm} UTC of {Left.Title}, as a new revision.");
            return RedirectToPage("Index", new { kind, id });
        }
        (Pending, PendingRevision) = (result.Refusal is null ? result : null, revision);
        return Page();
    }

    private async Task<bool> LoadAsync(string kind, int id, long? left, long? right, CancellationToken cancellationToken)
    {
        if (AdminKinds.BySegment(kind) is not { } found)
        {
            return false;
        }
        (Kind, Id) = (found, id);
        var revisions = db.Revisions.AsNoTracking().Where(r => r.Kind == kind && r.RecordId == id);
        Latest = await revisions.MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;
        var newest = await revisions.OrderByDescending(r => r.Id).Take(2).ToListAsync(cancellationToken);
        if (newest.Count == 0)
        {
            return false;
        }
        Right = right is null ? newest[0] : await revisions.FirstOrDefaultAsync(r => r.Id == right, cancellationToken) ?? newest[0];
        Left = left is null ? newest[^1] : await revisions.FirstOrDefaultAsync(r => r.Id == left, cancellationToken) ?? newest[^1];
        if (Left.Id > Right.Id)
        {
            (Left, Right) = (Right, Left);
        }
        Rows = Fields.Pair(Snapshot.Parse(Left.Snapshot, Left.Schema), Snapshot.Parse(Right.Snapshot, Right.Schema));
        Exists = await found.History.TakeAsync(db, id, cancellationToken) is not null;
        return true;
    }
}
