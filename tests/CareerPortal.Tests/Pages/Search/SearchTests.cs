using System.Net;
using CareerPortal.Tests.Infrastructure;

namespace CareerPortal.Tests.Pages.Search;

public sealed class SearchTests(PublicPagesTests.App app) : IClassFixture<PublicPagesTests.App>
{
    private readonly HttpClient _client = app.Client;

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("ol.results > li h3").Select(h => h.TextContent.Trim()).ToList();

    [Fact]
    public async Task Title_matches_rank_first_and_the_count_is_shown()
    {
        var page = await _client.GetDocumentAsync("/search?q=defect");

        var titles = Titles(page);
        Assert.Equal("Defect triage", titles[0]);
        Assert.Contains("Test Analyst", titles);
        Assert.Equal($"{titles.Count} results for “defect”", page.Text("#results"));
    }

    [Fact]
    public async Task Search_ignores_case_and_marks_the_terms()
    {
        var page = await _client.GetDocumentAsync("/search?q=DEFECT%20Triage");

        Assert.Equal("Defect triage", Titles(page)[0]);
        Assert.Equal(["Defect", "triage"], page.QuerySelectorAll("ol.results > li:first-child h3 mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task Every_word_must_match_somewhere()
    {
        var page = await _client.GetDocumentAsync("/search?q=defect%20patience");

        Assert.Equal("0 results for “defect patience”", page.Text("#results"));
    }

    [Fact]
    public async Task Job_titles_find_their_career_path_and_link_to_the_title_page_naming_its_stage()
    {
        var page = await _client.GetDocumentAsync("/search?q=head%20of%20quality");

        Assert.Equal("Test Analyst", Titles(page)[0]);
        var detail = page.QuerySelector("ol.results > li:first-child .result-detail a")!;
        Assert.Equal("/careers/test-analyst/titles/head-of-quality", detail.GetAttribute("href"));
        Assert.Equal("Job title: Head of Quality (Senior Test Analyst)", detail.TextContent.Trim());
    }

    [Theory]
    [InlineData("patience", "/skills/patience")]
    [InlineData("istqb", "/certifications/istqb-fl")]
    [InlineData("bug tracker", "/tools#bug-tracker")]
    [InlineData("analyst does", "/careers/test-analyst/guide/overview")]
    public async Task Finds_skills_certifications_tools_and_guide_sections(string query, string href)
    {
        var page = await _client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.NotNull(page.QuerySelector($"ol.results a[href='{href}']"));
    }

    [Fact]
    public async Task Draft_guide_sections_are_not_found()
    {
        var page = await _client.GetDocumentAsync("/search?q=upcoming");

        Assert.Null(page.QuerySelector("ol.results a[href='/careers/test-analyst/guide/upcoming']"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%20%20%20")]
    [InlineData("%27")]
    [InlineData("%25")]
    [InlineData("_")]
    [InlineData("%5B")]
    [InlineData("%5Ba-z%5D")]
    [InlineData("%3C%3E")]
    [InlineData("%27%20OR%201%3D1%20--")]
    [InlineData("%25_%25")]
    [InlineData("%00%01")]
    [InlineData("%F0%9F%98%80")]
    [InlineData("%ED%A0%80")]
    [InlineData("\\")]
    public async Task Odd_queries_give_a_normal_page(string query)
    {
        var page = await _client.GetDocumentAsync("/search?q=" + query);

        Assert.Equal("Search", page.Text("h1"));
        Assert.NotNull(page.QuerySelector("form.search-form input[name=q]"));
    }

    [Theory]
    [InlineData("%25")]
    [InlineData("_")]
    [InlineData("%5B")]
    public async Task Wildcards_are_searched_for_literally(string query)
    {
        var page = await _client.GetDocumentAsync("/search?q=" + query);

        Assert.Null(page.QuerySelector("ol.results"));
    }

    [Fact]
    public async Task A_huge_query_is_cut_to_200_characters()
    {
        var page = await _client.GetDocumentAsync("/search?q=" + new string('a', 10_000));

        Assert.Equal(200, page.QuerySelector("#search-q")!.GetAttribute("value")!.Length);
        Assert.Contains("first 200 characters", page.Text(".notice"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_was_typed_is_never_html()
    {
        var response = await _client.GetAsync("/search?q=" + Uri.EscapeDataString("<script>alert(1)</script> defect <b>x"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>x", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_results_suggest_where_to_go()
    {
        var page = await _client.GetDocumentAsync("/search?q=zzzzqx");

        Assert.Equal("0 results for “zzzzqx”", page.Text("#results"));
        Assert.NotNull(page.QuerySelector(".empty a[href='/careers/test-analyst']"));
        Assert.NotNull(page.QuerySelector(".empty a[href='/skills']"));
    }

    [Fact]
    public async Task The_search_page_is_not_indexed_and_varies_by_query()
    {
        var first = await _client.GetDocumentAsync("/search?q=patience");
        var second = await _client.GetDocumentAsync("/search?q=istqb");

        Assert.Equal("noindex", first.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Contains("Patience", Titles(first));
        Assert.DoesNotContain("Patience", Titles(second));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/careers/test-analyst")]
    [InlineData("/no/such/page")]
    public async Task Every_page_has_a_labelled_search_box_in_the_header(string path)
    {
        var page = await _client.GetDocumentAsync(path, path.StartsWith("/no", StringComparison.Ordinal) ? HttpStatusCode.NotFound : HttpStatusCode.OK);

        var form = page.QuerySelector("header.site-header form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/search", form.GetAttribute("action"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.NotNull(page.QuerySelector($"label[for={input.Id}]"));
    }
}

/// <summary>Search over the shipped guide.</summary>
public sealed class RealContentSearchTests(RealContentSearchTests.App app) : IClassFixture<RealContentSearchTests.App>
{
    public sealed class App : IDisposable
    {
        public TestApp Site { get; } = new(Paths.RealContent);
        public HttpClient Client { get; }
        public App() => Client = Site.CreateClient();
        public void Dispose() => Site.Dispose();
    }

    [Fact]
    public async Task Scrum_master_finds_the_it_project_manager_path_first()
    {
        var page = await app.Client.GetDocumentAsync("/search?q=Scrum+Master");

        var first = page.QuerySelector("ol.results > li")!;
        Assert.Equal("IT Project Manager", first.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal("/careers/it-project-manager/titles/scrum-master", first.QuerySelector(".result-detail a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("pmp", "/certifications/pmp")]
    [InlineData("risk management", "/skills/risk-management")]
    [InlineData("jira", "/tools#jira")]
    [InlineData("linkedin", "/careers/it-project-manager/guide/linkedin-profile")]
    public async Task Finds_the_obvious_page_near_the_top(string query, string href)
    {
        var page = await app.Client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        var top = page.QuerySelectorAll("ol.results > li h3 a").Take(3).Select(a => a.GetAttribute("href"));
        Assert.Contains(href, top);
    }

    [Fact]
    public async Task Searching_runs_a_bounded_number_of_queries()
    {
        app.Site.Commands.Reset();
        var response = await app.Client.GetAsync("/search?q=project%20manager%20risk");

        response.EnsureSuccessStatusCode();
        Assert.InRange(app.Site.Commands.Count, 1, 6);
    }
}
