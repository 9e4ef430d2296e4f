using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin;

/// <summary>One page of a list, with what the pager needs to link to the others.</summary>
public sealed class PagedList<T>
{
    public const int PageSize = 25;

    public required IReadOnlyList<T> Items { get; init; }
    public required int PageNumber { get; init; }
    public required int PageCount { get; init; }
    public required int TotalCount { get; init; }
}

public static class Paging
{
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, int pageNumber, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PagedList<T>.PageSize - 1) / PagedList<T>.PageSize);
        var page = Math.Clamp(pageNumber, 1, pageCount);
        var items = await query.Skip((page - 1) * PagedList<T>.PageSize).Take(PagedList<T>.PageSize).ToListAsync(cancellationToken);
        return new PagedList<T> { Items = items, PageNumber = page, PageCount = pageCount, TotalCount = total };
    }

    /// <summary>A LIKE pattern matching <paramref name="search"/> anywhere, its wildcards escaped
    /// with '\'. LIKE rather than Contains: case-insensitive on SQLite as on SQL Server.</summary>
    public static string Like(string search) =>
        "%" + search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal) + "%";
}
