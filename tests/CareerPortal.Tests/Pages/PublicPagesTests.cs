using System.Net;
using CareerPortal.Tests.Infrastructure;

namespace CareerPortal.Tests.Pages;

public sealed class PublicPagesTests(PublicPagesTests.App app) : IClassFixture<PublicPagesTests.App>
{
    public sealed class App : IDisposable
    {
        public TestApp Site { get; } = new();
        public HttpClient Client { get; }
        public App() => Client = Site.CreateClient(new() { AllowAutoRedirect = false });
        public void Dispose() => Site.Dispose();
    }

    private readonly HttpClient _client = app.Client;

    [Fact]
    public async Task Home_lists_full_guides_and_short_profiles()
    {
        var page = await _client.GetDocumentAsync("/");

        Assert.NotNull(page.QuerySelector("a[href='/careers/test-analyst']"));
        Assert.NotNull(page.QuerySelector("a[href='/careers/data-steward']"));
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Career_page_shows_ladder_titles_skills_certifications_tools_and_guide()
    {
        var page = await _client.GetDocumentAsync("/careers/test-analyst");

        Assert.Equal("Test Analyst", page.Text("h1"));
        Assert.Equal(["Junior Test Analyst", "Test Analyst", "Senior Test Analyst"], page.QuerySelectorAll(".ladder h3").Select(h => h.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector("a[href='/careers/test-analyst/levels/mid']"));
        Assert.Contains("Head of Quality", page.Text("#titles ~ dl, section[aria-labelledby=titles]"));
        Assert.NotNull(page.QuerySelector("a[href='/skills/defect-triage']"));
        Assert.NotNull(page.QuerySelector("a[href='/certifications/istqb-fl']"));
        Assert.NotNull(page.QuerySelector("#tool-bug-tracker"));
        Assert.NotNull(page.QuerySelector("a[href='/careers/test-analyst/guide/overview']"));
        Assert.Null(page.QuerySelector("a[href='/careers/test-analyst/guide/upcoming']"));
        Assert.NotNull(page.QuerySelector("a[href='/careers/data-steward']"));
        Assert.Equal("/", page.QuerySelector("nav[aria-label=Breadcrumb] a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Level_page_shows_work_titles_skills_by_importance_and_certifications()
    {
        var page = await _client.GetDocumentAsync("/careers/test-analyst/levels/entry");

        Assert.Equal("Junior Test Analyst", page.Text("h1"));
        Assert.Contains("0-3 years", page.Text(".page-header"));
        Assert.Contains("Log defects", page.Text("section[aria-labelledby=work]"));
        Assert.Contains("QA Intern", page.Text("section[aria-labelledby=titles]"));
        var skills = page.QuerySelectorAll("section[aria-labelledby=skills] tbody tr").Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToList();
        Assert.Equal(["Patience", "Test design"], skills);
        Assert.NotNull(page.QuerySelector("a[href='/certifications/istqb-fl']"));
        Assert.NotNull(page.QuerySelector("a[rel=next][href='/careers/test-analyst/levels/mid']"));
    }

    [Fact]
    public async Task Guide_section_shows_its_stored_html_and_neighbours()
    {
        var page = await _client.GetDocumentAsync("/careers/test-analyst/guide/overview");

        Assert.Equal("What a test analyst does", page.Text("h1"));
        Assert.NotNull(page.QuerySelector("article table"));
        Assert.NotNull(page.QuerySelector("a[rel=next][href='/careers/test-analyst/guide/interviews']"));
    }

    [Fact]
    public async Task Skill_page_lists_the_career_levels_that_need_it()
    {
        var page = await _client.GetDocumentAsync("/skills/test-design");

        Assert.Equal("Test design", page.Text("h1"));
        Assert.NotNull(page.QuerySelector("a[href='/careers/test-analyst/levels/entry']"));
        Assert.NotNull(page.QuerySelector("a[href='/careers/test-analyst/levels/mid']"));
        Assert.Null(page.QuerySelector("a[href='/careers/test-analyst/levels/senior']"));
    }

    [Fact]
    public async Task Certification_page_shows_issuer_prerequisites_and_where_it_fits()
    {
        var page = await _client.GetDocumentAsync("/certifications/istqb-fl");

        Assert.Contains("ISTQB Foundation Level", page.Text("h1"));
        Assert.Contains("ISTQB", page.Text("dl.facts"));
        Assert.Contains("Entry level", page.Text("dl.facts"));
        Assert.NotNull(page.QuerySelector("a[href='/careers/test-analyst/levels/entry']"));
    }

    [Theory]
    [InlineData("/skills", "/skills/patience")]
    [InlineData("/certifications", "/certifications/istqb-fl")]
    [InlineData("/tools", "/careers/test-analyst#tools")]
    [InlineData("/careers", "/careers/test-analyst")]
    public async Task Index_pages_link_to_every_item(string path, string link)
    {
        var page = await _client.GetDocumentAsync(path);

        Assert.NotNull(page.QuerySelector($"a[href='{link}']"));
    }

    [Theory]
    [InlineData("/careers/no-such-career")]
    [InlineData("/careers/test-analyst/levels/no-such-level")]
    [InlineData("/careers/test-analyst/guide/no-such-section")]
    [InlineData("/careers/test-analyst/guide/upcoming")]
    [InlineData("/skills/no-such-skill")]
    [InlineData("/certifications/no-such-cert")]
    [InlineData("/no/such/page")]
    public async Task Unknown_addresses_get_a_404_page_in_the_site_look(string path)
    {
        var page = await _client.GetDocumentAsync(path, HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.Text("h1"));
        Assert.NotNull(page.QuerySelector("header.site-header nav"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/", 2)]
    [InlineData("/careers/test-analyst", 12)]
    [InlineData("/careers/test-analyst/levels/entry", 6)]
    [InlineData("/careers/test-analyst/guide/overview", 3)]
    [InlineData("/skills/test-design", 3)]
    [InlineData("/certifications/istqb-fl", 3)]
    [InlineData("/tools", 3)]
    [InlineData("/careers", 2)]
    [InlineData("/skills", 2)]
    [InlineData("/certifications", 2)]
    [InlineData("/careers/test-analyst/skills", 6)]
    [InlineData("/careers/test-analyst/compare?from=entry&to=mid", 8)]
    [InlineData("/search?q=test", 6)]
    public async Task Each_page_runs_a_bounded_number_of_queries(string path, int limit)
    {
        // A fresh host so the output cache cannot hide the queries.
        using var site = new TestApp();
        using var client = site.CreateClient();
        await client.GetAsync("/health/live");
        site.Commands.Reset();

        var response = await client.GetAsync(path);

        response.EnsureSuccessStatusCode();
        Assert.InRange(site.Commands.Count, 1, limit);
    }
}
