using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.History;

/// <summary>Every revision of one record, newest first, with two chosen to compare (a GET form, so it works without script).</summary>
public sealed class IndexModel(CareerDb db) : AdminPage
{
    public sealed record Line(long Id, RevisionEvent Event, string Title, string Summary, string? Author, DateTime CreatedAt);

    public AdminKind Kind { get; private set; } = null!;
    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<Line> Lines { get; private set; } = [];
    /// <summary>False when the record is in the trash.</summary>
    public bool Exists { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, int id, CancellationToken cancellationToken)
    {
        if (AdminKinds.BySegment(kind) is not { } found)
        {
            return NotFound();
        }
        (Kind, Id) = (found, id);
        Lines = await db.Revisions.AsNoTracking().Where(r => r.Kind == kind && r.RecordId == id).OrderByDescending(r => r.Id)
            .Select(r => new Line(r.Id, r.Event, r.Title, r.Summary, r.Author, r.CreatedAt)).ToListAsync(cancellationToken);
        Exists = await found.History.TakeAsync(db, id, cancellationToken) is not null;
        if (Lines.Count == 0 && !Exists)
        {
            return NotFound();
        }
        Title = Lines.Count > 0 ? Lines[0].Title : $"{found.Singular} {id}";
        return Page();
    }
}
