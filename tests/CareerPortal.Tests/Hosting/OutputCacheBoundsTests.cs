using System.Collections.Concurrent;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Hosting;

/// <summary>Nothing a visitor puts in the address creates cache entries beyond the site's own
/// pages: unknown query parameters and Host values share the page's entry, search results keep
/// to their budget. Counted at the store, as the entries are written.</summary>
public sealed class OutputCacheBoundsTests : IDisposable
{
    private const int N = 40;
    private readonly TestApp _app = new() { Settings = { ["OutputCache:SearchEntries"] = "5" } };
    private readonly CountingStore _counter = new();
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _site;

    public OutputCacheBoundsTests()
    {
        _site = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            CacheStores.Decorate(services, (_, inner) => _counter.Wrap(inner))));
    }

    [Theory]
    [InlineData("/careers/test-analyst")]
    [InlineData("/careers/test-analyst/skills")]
    [InlineData("/sitemap.xml")]
    public async Task Unknown_query_parameters_add_no_entries(string page)
    {
        using var client = _site.CreateClient();
        (await client.GetAsync(page)).EnsureSuccessStatusCode();
        var before = await _counter.StoredAsync();

        for (var i = 0; i < N; i++)
        {
            var response = await client.GetAsync($"{page}?utm_source={i}&ref=x{i}");
            response.EnsureSuccessStatusCode();
        }

        Assert.Equal(1, before);
        Assert.Equal(before, await _counter.StoredAsync());
    }

    [Fact]
    public async Task A_parameter_the_page_reads_still_makes_its_own_entry()
    {
        using var client = _site.CreateClient();

        var all = await client.GetStringAsync("/careers/test-analyst/skills");
        var soft = await client.GetStringAsync("/careers/test-analyst/skills?kind=soft&utm=1");
        var softAgain = await client.GetStringAsync("/careers/test-analyst/skills?utm=2&kind=soft");

        Assert.NotEqual(all, soft);
        Assert.Equal(soft, softAgain);
        Assert.Equal(2, await _counter.StoredAsync());
    }

    [Fact]
    public async Task Host_values_add_no_entries()
    {
        using var client = _site.CreateClient();
        for (var i = 0; i < N; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/careers/test-analyst");
            request.Headers.Host = $"attacker{i}.example";
            (await client.SendAsync(request)).EnsureSuccessStatusCode();
        }

        Assert.Equal(1, await _counter.StoredAsync());
    }

    [Fact]
    public async Task Search_results_keep_to_their_budget()
    {
        using var client = _site.CreateClient();
        await client.GetStringAsync("/careers/test-analyst");

        for (var i = 0; i < N; i++)
        {
            (await client.GetAsync($"/search?q=word{i}")).EnsureSuccessStatusCode();
        }

        Assert.Equal(1 + 5, await _counter.StoredAsync());
        // A query already cached is still served from the cache.
        var stored = await _counter.StoredAsync();
        (await client.GetAsync("/search?q=word0")).EnsureSuccessStatusCode();
        Assert.Equal(stored, await _counter.StoredAsync());
    }

    [Fact]
    public void The_cache_has_a_size_limit()
    {
        var options = _site.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OutputCacheOptions>>().Value;

        Assert.Equal(100L * 1024 * 1024, options.SizeLimit);
        Assert.Equal(1024 * 1024, options.MaximumBodySize);
    }

    public void Dispose()
    {
        _site.Dispose();
        _app.Dispose();
    }

    /// <summary>Records every key the output cache offers to the store, and counts those the store holds.</summary>
    private sealed class CountingStore
    {
        private Store? _store;
        private readonly ConcurrentDictionary<string, int> _offered = new();

        public IOutputCacheStore Wrap(IOutputCacheStore inner) => _store = new Store(inner, this);

        public async Task<int> StoredAsync()
        {
            var stored = 0;
            foreach (var key in _offered.Keys)
            {
                stored += await _store!.GetAsync(key, default) is null ? 0 : 1;
            }
            return stored;
        }

        private sealed class Store(IOutputCacheStore inner, CountingStore counter) : IOutputCacheStore
        {
            public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

            public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

            public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
            {
                counter._offered.AddOrUpdate(key, 1, (_, count) => count + 1);
                return inner.SetAsync(key, value, tags, validFor, cancellationToken);
            }
        }
    }
}
