using System.Globalization;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Pages;

/// <summary>What the <c>_Reviewed</c> partial shows at the foot of a public page: the latest change
/// among the rows the page shows, and the outside sources its facts come from.</summary>
public sealed record Reviewed(DateTime LastChange, IReadOnlyList<Source> Sources, DateOnly? AsOf = null)
{
    /// <summary>The latest of the given change times (rows carry <see cref="Entity.UpdatedAt"/>).</summary>
    public static DateTime Latest(IEnumerable<DateTime> changes) => changes.DefaultIfEmpty(DateTime.MinValue).Max();

    /// <summary>The sources with these keys, in the order given (unknown keys are skipped).</summary>
    public static async Task<List<Source>> SourcesAsync(CareerDb db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return [];
        }
        var rows = await db.Sources.AsNoTracking().Where(s => keys.Contains(s.Key)).ToListAsync(cancellationToken);
        return keys.Distinct().Select(k => rows.FirstOrDefault(r => r.Key == k)).OfType<Source>().ToList();
    }

    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
