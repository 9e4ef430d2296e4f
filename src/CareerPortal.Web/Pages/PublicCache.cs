using CareerPortal.Web.Data;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerPortal.Web.Pages;

/// <summary>The public pages' output cache, as the rest of the site sees it: one policy name for
/// endpoints outside the page folders (sitemap, robots.txt), and the tags cached responses carry.
/// Every entry carries <see cref="Tag"/> (an import evicts them all); a page also carries the
/// records it shows, so an editor's save evicts only the pages that show what it changed.</summary>
/// <remarks>A record is named as the change feed names it (<see cref="ResourceTypes"/> and slug):
/// the save already works out which careers show a changed skill, level or related career
/// (Data/ChangeRecorder.cs), and each of those arrives here as a change of its own.</remarks>
public static class PublicCache
{
    public const string Policy = "public";
    public const string Tag = "public";

    /// <summary>Entries that show everything (the sitemap, search results, the read API): evicted by every save that changed something public.</summary>
    public const string AnyChange = "changed";

    /// <summary>The pages of one record (a career's pages, a skill's page).</summary>
    public static string Record(string resourceType, string slug) => $"{resourceType}:{slug}";

    /// <summary>Pages that list or link to records of a type (the careers list, a skill's careers).</summary>
    public static string ListOf(string resourceType) => $"list:{resourceType}";

    /// <summary>The search page's and the read API search's policy: kept briefly, within a budget.</summary>
    public const string SearchPolicy = "search";

    /// <summary>Search results also carry this tag, so the store can keep them to their budget.</summary>
    public const string SearchTag = "search";

    /// <summary>Caches an endpoint outside the page folders (the read API's search) like the search
    /// page: under the search policy, its tags and budget, varying only by <paramref name="queryKeys"/>.</summary>
    public static TBuilder CacheSearch<TBuilder>(this TBuilder endpoint, params string[] queryKeys) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new OutputCacheAttribute { PolicyName = SearchPolicy, VaryByQueryKeys = queryKeys });

    /// <summary>Evicts every cached public page. The store never throws for an unreachable cache
    /// (see Caching/RedisFallbackStore.cs): a saved change is never reported as failed because of it.</summary>
    public static ValueTask EvictAllAsync(this IOutputCacheStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.EvictByTagAsync(Tag, cancellationToken);
    }

    /// <summary>Evicts the pages that show what <paramref name="db"/> saved (its change-feed rows):
    /// each changed record's pages (under its old slug too), the lists of its type, and what shows
    /// everything. Nothing public changed (a draft), nothing evicted.</summary>
    public static async ValueTask EvictSavedAsync(this IOutputCacheStore store, CareerDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(db);
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var change in db.SavedPublicChanges)
        {
            tags.Add(AnyChange);
            tags.Add(ListOf(change.ResourceType));
            tags.Add(Record(change.ResourceType, change.Slug));
            if (change.PreviousSlug is { } previous)
            {
                tags.Add(Record(change.ResourceType, previous));
            }
        }
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }
}
