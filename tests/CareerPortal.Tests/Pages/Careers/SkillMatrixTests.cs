using System.Net;
using CareerPortal.Tests.Infrastructure;

namespace CareerPortal.Tests.Pages.Careers;

public sealed class SkillMatrixTests(PublicPagesTests.App app) : IClassFixture<PublicPagesTests.App>
{
    private readonly HttpClient _client = app.Client;

    private static List<string> RowNames(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("table.matrix tbody th[scope=row] a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task Shows_every_skill_by_level_in_the_order_they_start_to_matter()
    {
        var page = await _client.GetDocumentAsync("/careers/test-analyst/skills");

        Assert.Equal("Skills by level", page.Text("h1"));
        Assert.Equal(["Patience", "Test design", "Defect triage"], RowNames(page));
        var columns = page.QuerySelectorAll("table.matrix thead th[scope=col]").Select(th => th.FirstElementChild?.TextContent.Trim() ?? th.TextContent.Trim()).ToList();
        Assert.Equal(["Skill", "Junior Test Analyst", "Test Analyst", "Senior Test Analyst"], columns);
        Assert.NotNull(page.QuerySelector("table.matrix thead a[href='/careers/test-analyst/levels/mid']"));
    }

    [Fact]
    public async Task Each_cell_says_the_importance_in_words_and_marks_where_the_skill_starts()
    {
        var page = await _client.GetDocumentAsync("/careers/test-analyst/skills");

        var row = page.QuerySelectorAll("table.matrix tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("Test design", StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").ToList();
        Assert.Contains("Useful", cells[0].TextContent, StringComparison.Ordinal);
        Assert.NotNull(cells[0].QuerySelector(".starts-badge"));
        Assert.Contains("Essential", cells[1].TextContent, StringComparison.Ordinal);
        Assert.Null(cells[1].QuerySelector(".starts-badge"));
        Assert.Contains("Not listed", cells[2].TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("technical", "Test design")]
    [InlineData("core-competency", "Defect triage")]
    [InlineData("soft", "Patience")]
    [InlineData("SOFT", "Patience")]
    public async Task The_kind_filter_is_a_plain_get_form(string kind, string only)
    {
        var page = await _client.GetDocumentAsync($"/careers/test-analyst/skills?kind={kind}");

        Assert.Equal([only], RowNames(page));
        var form = page.QuerySelector("form.filter")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/careers/test-analyst/skills", form.GetAttribute("action"));
        Assert.Equal(kind.ToLowerInvariant(), form.QuerySelector("input[name=kind][checked]")?.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        Assert.NotNull(form.QuerySelector("fieldset legend"));
    }

    [Theory]
    [InlineData("?kind=")]
    [InlineData("?kind=all")]
    [InlineData("?kind=%3Cscript%3E")]
    [InlineData("?kind=%27%25_")]
    public async Task An_empty_or_unknown_kind_shows_every_skill(string query)
    {
        var page = await _client.GetDocumentAsync("/careers/test-analyst/skills" + query);

        Assert.Equal(3, RowNames(page).Count);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task An_unknown_kind_is_explained()
    {
        var page = await _client.GetDocumentAsync("/careers/test-analyst/skills?kind=magic");

        Assert.Contains("There is no skill kind called “magic”", page.Text(".notice"), StringComparison.Ordinal);
        Assert.Equal("all", page.QuerySelector("input[name=kind][checked]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task An_unknown_career_is_not_found() =>
        await _client.GetDocumentAsync("/careers/nobody/skills", HttpStatusCode.NotFound);

    [Fact]
    public async Task Career_and_level_pages_link_to_the_matrix()
    {
        var career = await _client.GetDocumentAsync("/careers/test-analyst");
        var level = await _client.GetDocumentAsync("/careers/test-analyst/levels/mid");

        Assert.NotNull(career.QuerySelector("a[href='/careers/test-analyst/skills']"));
        Assert.NotNull(level.QuerySelector("a[href='/careers/test-analyst/skills']"));
    }
}
