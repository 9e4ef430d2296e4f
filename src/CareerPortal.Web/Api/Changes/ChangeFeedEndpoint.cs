using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Api.Changes;

/// <summary>The change feed: what was published, renamed or deleted after a cursor, oldest first.
/// The cursor is the change log's identity column, never a clock, so it survives restarts and is
/// the same for every instance on the database.</summary>
public static class ChangeFeedEndpoint
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;
    public static readonly QueryParameter After = new("after", 0, long.MaxValue);
    public static readonly QueryParameter Limit = new("limit", 1, MaxLimit);

    /// <summary>An identity value is taken when a row is inserted but seen only when its transaction
    /// commits, so on SQL Server a later change can be visible before an earlier one. A gap in the
    /// cursors is therefore waited on for this long (the reader stops before it) before it is taken
    /// for a rolled-back transaction; a consumer never skips a change that is merely late.</summary>
    public static readonly TimeSpan GapSettleTime = TimeSpan.FromSeconds(30);

    public static void MapChanges(this RouteGroupBuilder api) =>
        api.MapGet("/changes", ReadAsync)
            .WithQuery(After, Limit)
            .WithName("ListChanges")
            .WithSummary("Changes since a cursor")
            .WithDescription("What was published, renamed or deleted after the cursor ?after= (0 for everything), oldest first, at most ?limit= (1-500, default 100). "
                + "Keep the answer's next and pass it as after on the next call; hasMore says whether to call again at once. A change is listed once, in the order "
                + "it was committed, whichever instance served it. A career is listed as published when anything its resource shows changed.")
            .CacheOutput(policy => policy.NoCache());

    private static async Task<ChangeFeed> ReadAsync(CareerDb db, ApiLinks links, CancellationToken cancellationToken, long after = 0, int limit = DefaultLimit)
    {
        var rows = await db.ChangeLog.AsNoTracking().Where(c => c.Id > after).OrderBy(c => c.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var settled = DateTime.UtcNow - GapSettleTime;
        var taken = new List<ChangeLogEntry>();
        var expected = after + 1;
        foreach (var row in rows.Take(limit))
        {
            if (row.Id != expected && row.RecordedAt > settled)
            {
                break;
            }
            taken.Add(row);
            expected = row.Id + 1;
        }
        var next = taken.Count > 0 ? taken[^1].Id : after;
        // Stopped at an unsettled gap, the consumer should wait and ask again, not loop.
        return new ChangeFeed(taken.Select(c => Describe(c, links)).ToList(), next, taken.Count == limit && rows.Count > limit);
    }

    private static Change Describe(ChangeLogEntry entry, ApiLinks links) => new(
        entry.Id, entry.ResourceType, entry.ResourceId, entry.Slug, entry.PreviousSlug, Kind(entry.Change), entry.RecordedAt,
        entry.Change == ChangeKind.Deleted ? null : links.Api($"{ApiLinks.Collection(entry.ResourceType)}/{entry.ResourceId}"));

    private static string Kind(ChangeKind change) => change.ToString().ToLowerInvariant();
}
