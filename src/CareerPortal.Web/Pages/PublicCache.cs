using Microsoft.AspNetCore.OutputCaching;

namespace CareerPortal.Web.Pages;

/// <summary>The public pages' output cache, as the rest of the site sees it: one policy name for
/// endpoints outside the page folders (sitemap, robots.txt), and one tag that every cached public
/// response carries, so that any change an editor saves evicts them all.</summary>
public static class PublicCache
{
    public const string Policy = "public";
    public const string Tag = "public";

    /// <summary>Evicts every cached public page. The store never throws for an unreachable cache
    /// (see Hosting/Caching.cs): a saved change is never reported as failed because of it.</summary>
    public static ValueTask EvictAllAsync(this IOutputCacheStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.EvictByTagAsync(Tag, cancellationToken);
    }
}
