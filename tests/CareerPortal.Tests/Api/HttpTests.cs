using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Tests.Seo;
using CareerPortal.Web.Data;
using CareerPortal.Web.Pages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Api;

/// <summary>The API's HTTP behaviour: revalidation, caching headers, CORS, problem details,
/// refused query strings, renamed slugs, drafts, rate limiting and JSON-LD negotiation.</summary>
public sealed class HttpTests
{
    private const string Career = "/api/v1/careers/test-analyst";

    [Fact]
    public async Task An_answer_carries_an_etag_and_cache_control_and_revalidates_with_304()
    {
        using var site = new TestApp();
        using var client = site.CreateClient();

        var first = await client.GetAsync(Career);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, Career);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_publish_evicts_the_cached_answer()
    {
        using var site = new TestApp();
        using var client = site.CreateClient();
        Assert.Equal("Test Analyst", (await client.GetJsonAsync(Career)).Str("title"));
        await using (var db = site.NewDb())
        {
            var career = await db.Careers.SingleAsync(c => c.Slug == "test-analyst");
            career.Title = "Quality Analyst";
            await db.SaveChangesAsync();
        }
        await EvictAsync(site);

        Assert.Equal("Quality Analyst", (await client.GetJsonAsync(Career)).Str("title"));
    }

    /// <summary>What publishing does after a save (the admin pages and the import evict the public tag).</summary>
    private static Task EvictAsync(TestApp site) =>
        site.Services.GetRequiredService<IOutputCacheStore>().EvictAllAsync(default).AsTask();

    [Fact]
    public async Task Any_origin_may_read_without_credentials_and_preflight_is_answered()
    {
        using var site = new TestApp();
        using var client = site.CreateClient();
        using var get = new HttpRequestMessage(HttpMethod.Get, Career);
        get.Headers.Add("Origin", "https://jobs.example.net");
        using var preflight = new HttpRequestMessage(HttpMethod.Options, Career);
        preflight.Headers.Add("Origin", "https://jobs.example.net");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");

        var answer = await client.SendAsync(get);
        var allowed = await client.SendAsync(preflight);

        Assert.Equal("*", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("*", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("GET", allowed.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/careers?colour=blue", "colour")]
    [InlineData("/api/v1/careers?page=0", "page")]
    [InlineData("/api/v1/careers?page=abc", "page")]
    [InlineData("/api/v1/careers?pageSize=1000", "pageSize")]
    [InlineData("/api/v1/careers?page=1&page=2", "page")]
    [InlineData("/api/v1/careers?page=9", "page")]
    [InlineData("/api/v1/careers/test-analyst?expand=all", "expand")]
    [InlineData("/api/v1/search", "q")]
    [InlineData("/api/v1/changes?after=-1", "after")]
    public async Task A_bad_query_is_a_400_problem_naming_the_parameter(string path, string parameter)
    {
        using var site = new TestApp();
        using var client = site.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(parameter, problem.Str("parameter"));
        Assert.Contains($"'{parameter}'", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/careers/no-such-career")]
    [InlineData("/api/v1/skills/no-such-skill")]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/api/v2/careers")]
    public async Task Nothing_there_is_a_404_problem(string path)
    {
        using var site = new TestApp();
        using var client = site.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_renamed_slug_answers_301_to_the_new_one_and_the_id_stays()
    {
        using var site = new TestApp();
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var id = (await client.GetJsonAsync(Career)).Str("id");
        await using (var db = site.NewDb())
        {
            (await db.Careers.SingleAsync(c => c.Slug == "test-analyst")).Slug = "quality-analyst";
            await db.SaveChangesAsync();
        }
        await EvictAsync(site);

        var moved = await client.GetAsync("/api/v1/careers/test-analyst");
        var byId = await client.GetJsonAsync($"/api/v1/careers/{id}");

        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("https://careers.example.org/api/v1/careers/quality-analyst", moved.Headers.Location?.ToString());
        Assert.Equal("quality-analyst", byId.Str("slug"));
        Assert.Equal(id, byId.Str("id"));
    }

    [Fact]
    public async Task Drafts_never_appear()
    {
        using var site = new TestApp();
        using var client = site.CreateClient();
        await using var db = site.NewDb();
        var drafts = await db.GuideSections.Where(s => s.Status == SectionStatus.Draft).Select(s => s.Slug).ToListAsync();
        Assert.NotEmpty(drafts);

        var json = await client.GetJsonAsync(Career);
        var body = json.ToString();

        Assert.All(json.GetProperty("sections").EnumerateArray(), s => Assert.DoesNotContain(s.Str("slug"), drafts));
        var draftText = await db.GuideSections.Where(s => s.Status == SectionStatus.Draft).Select(s => s.Title).FirstAsync();
        Assert.DoesNotContain(draftText, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_requests_get_429_with_retry_after_and_a_problem()
    {
        using var site = new TestApp { Settings = { ["Api:RequestsPerMinute"] = "3" } };
        using var client = site.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/careers")).StatusCode);
        }

        var refused = await client.GetAsync("/api/v1/careers");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/careers/test-analyst")).StatusCode);
    }

    [Theory]
    [InlineData("/careers/test-analyst")]
    [InlineData(Career)]
    public async Task Asking_for_json_ld_gets_the_occupation_the_page_embeds(string path)
    {
        using var site = new TestApp();
        using var client = site.CreateClient();
        var page = await client.GetDocumentAsync("/careers/test-analyst");
        var embedded = JsonLdScripts.OfType(page, "Occupation");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/ld+json"));

        var response = await client.SendAsync(request);

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(embedded.ToString(), document.ToString());
        Assert.Contains("Accept", (await client.GetAsync("/careers/test-analyst")).Headers.Vary);
    }
}
