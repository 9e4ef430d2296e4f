using System.Net;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Http;

namespace CareerPortal.Tests.Seo;

/// <summary>One address per page: old slugs and non-canonical spellings answer 301 with the
/// canonical address; unknown pages 404; short profiles are noindex and drafts are not public.</summary>
public sealed class AddressTests(AddressTests.App app) : IClassFixture<AddressTests.App>
{
    public sealed class App : IDisposable
    {
        public TestApp Site { get; } = new();
        public HttpClient Client { get; }

        public App()
        {
            Client = Site.CreateClient(new() { AllowAutoRedirect = false });
            using var db = Site.NewDb();
            db.Redirects.Add(new Redirect { FromPath = "/careers/qa-analyst", ToPath = "/careers/test-analyst", CreatedAt = DateTime.UtcNow });
            db.SaveChanges();
        }

        public void Dispose()
        {
            Client.Dispose();
            Site.Dispose();
        }
    }

    private readonly HttpClient _client = app.Client;

    [Fact]
    public async Task An_old_slug_is_moved_permanently_to_the_current_one()
    {
        var response = await _client.GetAsync("/careers/qa-analyst");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/careers/test-analyst", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/careers/test-analyst/", "/careers/test-analyst")]
    [InlineData("/skills/", "/skills")]
    [InlineData("/Careers/Test-Analyst", "/careers/test-analyst")]
    [InlineData("/CAREERS/test-analyst/LEVELS/entry/", "/careers/test-analyst/levels/entry")]
    [InlineData("/Skills?sort=name&Q=Mixed", "/skills?sort=name&Q=Mixed")]
    [InlineData("/careers/test-analyst/?x=1", "/careers/test-analyst?x=1")]
    public async Task A_trailing_slash_or_upper_case_is_moved_permanently_to_the_canonical_address(string path, string canonical)
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            var response = await _client.SendAsync(new HttpRequestMessage(method, path));

            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(canonical, response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task An_old_slug_in_a_non_canonical_form_reaches_the_current_page_by_permanent_redirects()
    {
        var path = "/Careers/QA-Analyst/";
        var hops = new List<string>();
        HttpResponseMessage response;
        while ((response = await _client.GetAsync(path)).StatusCode == HttpStatusCode.MovedPermanently && hops.Count < 5)
        {
            path = response.Headers.Location!.OriginalString;
            hops.Add(path);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["/careers/qa-analyst", "/careers/test-analyst"], hops);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    public async Task Canonical_non_page_addresses_are_served_as_they_are(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/careers/test-analyst")]
    [InlineData("/")]
    [InlineData("/careers/test-analyst/levels/entry")]
    [InlineData("/site.css")]
    [InlineData("/Site.CSS")]
    [InlineData("/Health/Live")]
    [InlineData("/admin/Sections/")]
    [InlineData("/_framework/Blazor.js")]
    public void Only_public_page_paths_are_ever_rewritten(string path)
    {
        var canonical = CanonicalPaths.Canonical(new PathString(path));

        Assert.Null(canonical);
    }

    [Fact]
    public async Task A_post_is_never_redirected()
    {
        var response = await _client.PostAsync("/Careers/Test-Analyst/", new StringContent(""));

        Assert.NotEqual(HttpStatusCode.MovedPermanently, response.StatusCode);
    }

    [Fact]
    public async Task A_short_profile_is_public_but_noindex_and_a_draft_is_not_public()
    {
        var profile = await _client.GetDocumentAsync("/careers/data-steward");
        var draft = await _client.GetAsync("/careers/test-analyst/guide/upcoming");

        Assert.Equal("noindex", profile.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    [Theory]
    [InlineData("/careers/no-such-career")]
    [InlineData("/certifications/no-such-cert")]
    public async Task An_unknown_slug_is_not_found(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
