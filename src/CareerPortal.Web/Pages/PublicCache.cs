using Microsoft.AspNetCore.OutputCaching;

namespace CareerPortal.Web.Pages;

/// <summary>The public pages' output cache, as the rest of the site sees it: one policy name for
/// endpoints outside the page folders (sitemap, robots.txt), and one tag that every cached public
/// response carries, so that any change an editor saves evicts them all.</summary>
public static class PublicCache
{
    public const string Policy = "public";
    public const string Tag = "public";

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
}
