using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin;

/// <summary>What a delete page shows: the record, what still uses it (then it cannot be deleted),
/// and what is deleted with it.</summary>
public sealed record Deletion(string Kind, string Name, Guid Version, string BackUrl)
{
    /// <summary>Records that refer to this one; while there are any, deleting is refused.</summary>
    public IReadOnlyList<string> UsedBy { get; init; } = [];

    /// <summary>Records that belong to this one and go with it.</summary>
    public IReadOnlyList<string> AlsoDeleted { get; init; } = [];

    /// <summary>The career levels among <paramref name="levels"/>, named for the confirmation, by career and level order.</summary>
    public static Task<List<string>> LevelsAsync(IQueryable<CareerLevel> levels, CancellationToken cancellationToken) =>
        levels.AsNoTracking().OrderBy(l => l.Career.Title).ThenBy(l => l.Level.Order)
            .Select(l => "its place in the level " + l.Title + " of " + l.Career.Title).ToListAsync(cancellationToken);
}
