using System.Collections.Concurrent;
using CareerPortal.Web.Pages;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerPortal.Web.Caching;

/// <summary>Keeps search results to a budget of live entries: anyone can type a new query, and
/// without it a stream of them would push the site's pages out of the cache. A result past the
/// budget is served but not stored.</summary>
internal sealed class SearchBudgetStore(IOutputCacheStore inner, int budget, TimeProvider time) : IOutputCacheStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _searchEntries = new(StringComparer.Ordinal);

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        if (tag is PublicCache.Tag or PublicCache.SearchTag)
        {
            _searchEntries.Clear();
        }
        return inner.EvictByTagAsync(tag, cancellationToken);
    }

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (tags is not null && tags.Contains(PublicCache.SearchTag) && !Admit(key, validFor))
        {
            return ValueTask.CompletedTask;
        }
        return inner.SetAsync(key, value, tags, validFor, cancellationToken);
    }

    private bool Admit(string key, TimeSpan validFor)
    {
        var now = time.GetUtcNow();
        if (!_searchEntries.ContainsKey(key) && _searchEntries.Count >= budget)
        {
            foreach (var (entry, expires) in _searchEntries)
            {
                if (expires <= now)
                {
                    _searchEntries.TryRemove(entry, out _);
                }
            }
            if (_searchEntries.Count >= budget)
            {
                return false;
            }
        }
        _searchEntries[key] = now + validFor;
        return true;
    }
}
