using System.Net;
using System.Net.Http.Headers;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Pages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Seo;

/// <summary>Public pages carry a weak ETag; a client that sends it back gets 304 and no body,
/// whether the page comes from the output cache or is rendered afresh.</summary>
public sealed class RevalidationTests
{
    private const string Page = "/careers/test-analyst";

    [Fact]
    public async Task A_second_request_with_the_etag_gets_304_with_no_body()
    {
        using var site = new TestApp();
        using var client = site.CreateClient();

        var first = await client.GetAsync(Page);
        var etag = first.Headers.ETag;
        var second = await Conditional(client, Page, etag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);
    }

    [Fact]
    public async Task A_page_rendered_afresh_answers_the_same_etag_with_304()
    {
        using var site = new TestApp();
        using var client = site.CreateClient();
        var etag = (await client.GetAsync(Page)).Headers.ETag;
        await site.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PublicCache.Tag, default);

        var response = await Conditional(client, Page, etag);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_changed_page_answers_an_old_etag_with_the_new_page()
    {
        using var site = new TestApp();
        using var client = site.CreateClient();
        var etag = (await client.GetAsync(Page)).Headers.ETag;
        await using (var db = site.NewDb())
        {
            await db.Careers.Where(c => c.Slug == "test-analyst").ExecuteUpdateAsync(c => c.SetProperty(x => x.Summary, "Finds defects early."));
        }
        await site.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PublicCache.Tag, default);

        var response = await Conditional(client, Page, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Finds defects early.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(etag, response.Headers.ETag);
    }

    [Fact]
    public async Task Another_etag_gets_the_page()
    {
        using var site = new TestApp();
        using var client = site.CreateClient();
        await client.GetAsync(Page);

        var response = await Conditional(client, Page, new EntityTagHeaderValue("\"something-else\"", isWeak: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>With several instances the ETag is stored with the page in Redis, so any instance
    /// answers a client's revalidation.</summary>
    [SkippableFact]
    public async Task Another_instance_sharing_the_redis_cache_answers_the_etag_with_304()
    {
        var redis = Services.RedisSettings(Guid.NewGuid().ToString("N"));
        using var first = new TestApp();
        foreach (var (key, value) in redis) { first.Settings[key] = value; }
        using var firstClient = first.CreateClient();
        using var second = new TestApp { Settings = { ["ConnectionStrings:Sqlite"] = $"Data Source={first.DatabasePath};Pooling=False" } };
        foreach (var (key, value) in redis) { second.Settings[key] = value; }
        using var secondClient = second.CreateClient();
        await first.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PublicCache.Tag, default);

        var etag = (await firstClient.GetAsync(Page)).Headers.ETag;
        var response = await Conditional(secondClient, Page, etag);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(etag, response.Headers.ETag);
    }

    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/health/live")]
    public async Task Errors_and_non_pages_carry_no_etag(string path)
    {
        using var site = new TestApp();
        using var client = site.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Null(response.Headers.ETag);
    }

    private static Task<HttpResponseMessage> Conditional(HttpClient client, string path, EntityTagHeaderValue? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag!);
        return client.SendAsync(request);
    }
}
