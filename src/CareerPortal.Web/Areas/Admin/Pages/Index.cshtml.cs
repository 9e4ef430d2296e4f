using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages;

/// <summary>The admin home: what there is to edit, and what was edited last.</summary>
public sealed class IndexModel(CareerDb db) : AdminPage
{
    private const int RecentCount = 10;

    public IReadOnlyList<(AdminKind Kind, int Count)> Kinds { get; private set; } = [];
    public IReadOnlyList<RecentEdit> RecentEdits { get; private set; } = [];
    public IReadOnlyList<RevisionLine> RecentRevisions { get; private set; } = [];

    public sealed record RevisionLine(string Kind, int RecordId, string Title, RevisionEvent Event, string? Author, DateTime CreatedAt);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var kinds = new List<(AdminKind, int)>();
        var edits = new List<RecentEdit>();
        foreach (var kind in AdminKinds.All)
        {
            kinds.Add((kind, await kind.CountAsync(db, cancellationToken)));
            edits.AddRange(await kind.RecentAsync(db, RecentCount, cancellationToken));
        }
        Kinds = kinds;
        RecentEdits = edits.OrderByDescending(e => e.UpdatedAt).Take(RecentCount).ToList();

        RecentRevisions = await db.Revisions.AsNoTracking()
            .OrderByDescending(r => r.Id)
            .Take(RecentCount)
            .Select(r => new RevisionLine(r.Kind, r.RecordId, r.Title, r.Event, r.Author, r.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}
