using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Pages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Hosting;

/// <summary>Two web instances on one database and one Redis, as docker-compose runs them:
/// a page cached by one is served by the other, and publishing on one evicts it for both.</summary>
public sealed class SharedOutputCacheTests
{
    [SkippableFact]
    public async Task Instances_share_cached_pages_and_their_eviction_through_redis()
    {
        var redis = Services.RedisSettings(Guid.NewGuid().ToString("N"));
        using var first = new TestApp();
        foreach (var (key, value) in redis) { first.Settings[key] = value; }
        using var firstClient = first.CreateClient();
        using var second = new TestApp { Settings = { ["ConnectionStrings:Sqlite"] = $"Data Source={first.DatabasePath};Pooling=False" } };
        foreach (var (key, value) in redis) { second.Settings[key] = value; }
        using var secondClient = second.CreateClient();
        var cache = first.Services.GetRequiredService<IOutputCacheStore>();
        await cache.EvictByTagAsync(PublicCache.Tag, default); // whatever an earlier run left

        Assert.Contains("<h1>Test Analyst</h1>", await firstClient.GetStringAsync("/careers/test-analyst"));
        await using (var db = first.NewDb())
        {
            await db.Careers.Where(c => c.Slug == "test-analyst").ExecuteUpdateAsync(c => c.SetProperty(x => x.Title, "Renamed Analyst"));
        }

        Assert.Contains("<h1>Test Analyst</h1>", await secondClient.GetStringAsync("/careers/test-analyst"));

        await cache.EvictByTagAsync(PublicCache.Tag, default);

        Assert.Contains("<h1>Renamed Analyst</h1>", await secondClient.GetStringAsync("/careers/test-analyst"));
    }
}
