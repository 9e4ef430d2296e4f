using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin;

/// <summary>Move up / move down: a row swaps its position with its neighbour, as one action.</summary>
public static class Ordering
{
    public const string Up = "up";
    public const string Down = "down";

    /// <summary>The neighbour a row changes places with: the nearest before it (up) or after it
    /// (down) among <paramref name="rows"/> (the rows it is ordered among), or null at an end.</summary>
    public static T? Neighbour<T>(IReadOnlyList<T> rows, T row, Func<T, int> position, string direction) where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(position);
        var at = position(row);
        return direction == Up
            ? rows.Where(r => position(r) < at).MaxBy(position)
            : rows.Where(r => position(r) > at).MinBy(position);
    }

    /// <summary>Swaps the positions of two tracked rows in one transaction. Positions may be unique
    /// (the ladder's levels are), so the first row is parked on a free value first and each step
    /// is saved on its own: no statement ever sees two rows in one place.</summary>
    public static async Task SwapAsync<T>(CareerDb db, T first, T second, Func<T, int> get, Action<T, int> set, CancellationToken cancellationToken)
        where T : Entity
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(get);
        ArgumentNullException.ThrowIfNull(set);
        var (firstAt, secondAt) = (get(first), get(second));
        // SQL Server's retrying strategy needs the whole transaction inside it.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            set(first, -first.Id);
            await db.SaveChangesAsync(cancellationToken);
            set(second, firstAt);
            await db.SaveChangesAsync(cancellationToken);
            set(first, secondAt);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }
}
