using System.Net;
using CareerPortal.Tests.Infrastructure;

namespace CareerPortal.Tests.Pages.Careers;

public sealed class CompareTests(PublicPagesTests.App app) : IClassFixture<PublicPagesTests.App>
{
    private readonly HttpClient _client = app.Client;

    [Fact]
    public async Task Shows_new_work_skills_that_appear_or_grow_and_titles_at_each_level()
    {
        var page = await _client.GetDocumentAsync("/careers/test-analyst/compare?from=entry&to=mid");

        Assert.Equal("From Junior Test Analyst to Test Analyst", page.Text("h1"));
        Assert.Contains("QA Intern", page.Text("section[aria-labelledby=titles]"), StringComparison.Ordinal);
        Assert.Contains("Quality Engineer", page.Text("section[aria-labelledby=titles]"), StringComparison.Ordinal);
        Assert.Contains("Design test suites", page.Text("section[aria-labelledby=new-work]"), StringComparison.Ordinal);
        var rows = page.QuerySelectorAll("section[aria-labelledby=skills] tbody tr")
            .ToDictionary(r => r.QuerySelector("th a")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList());
        Assert.Equal(["Defect triage", "Test design"], rows.Keys.Order());
        Assert.Equal("New", rows["Defect triage"][2]);
        Assert.Contains("Useful", rows["Test design"][0], StringComparison.Ordinal);
        Assert.Contains("Essential", rows["Test design"][1], StringComparison.Ordinal);
        Assert.Equal("Grows", rows["Test design"][2]);
        Assert.Contains("No new certifications", page.Text("section[aria-labelledby=certifications]"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".notice"));
    }

    [Fact]
    public async Task Certifications_of_the_target_level_are_suggested()
    {
        var page = await _client.GetDocumentAsync("/careers/test-analyst/compare?from=mid&to=entry");

        Assert.NotNull(page.QuerySelector("section[aria-labelledby=certifications] a[href='/certifications/istqb-fl']"));
        Assert.Contains("comes before", page.Text(".notice"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/careers/test-analyst/compare?from=entry&to=mid']"));
    }

    [Fact]
    public async Task The_form_is_a_shareable_get_form_with_two_labelled_selects()
    {
        var page = await _client.GetDocumentAsync("/careers/test-analyst/compare?from=entry&to=senior");

        var form = page.QuerySelector("form.compare-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/careers/test-analyst/compare", form.GetAttribute("action"));
        foreach (var (name, selected) in new[] { ("from", "entry"), ("to", "senior") })
        {
            var select = form.QuerySelector($"select[name={name}]")!;
            Assert.NotNull(page.QuerySelector($"label[for={select.Id}]"));
            Assert.Equal(selected, select.QuerySelector("option[selected]")?.GetAttribute("value"));
        }
    }

    [Theory]
    [InlineData("", "Choose the level you are at")]
    [InlineData("?from=entry", "Choose both levels")]
    [InlineData("?to=mid&from=", "Choose both levels")]
    [InlineData("?from=entry&to=entry", "the same level twice")]
    [InlineData("?from=ENTRY&to=Entry", "the same level twice")]
    [InlineData("?from=nope&to=mid", "“nope” is not a level")]
    [InlineData("?from=entry&to=nope", "“nope” is not a level")]
    [InlineData("?from=a&to=b", "Neither “a” nor “b”")]
    [InlineData("?from=%3Cscript%3Ealert(1)%3C/script%3E&to=mid", "is not a level")]
    [InlineData("?from=%27%25_%5B&to=mid", "is not a level")]
    public async Task Bad_parameters_give_the_form_and_a_helpful_message(string query, string message)
    {
        var page = await _client.GetDocumentAsync("/careers/test-analyst/compare" + query);

        Assert.Contains(message, page.Text(".notice"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form.compare-form select[name=from] option[selected]"));
        Assert.NotNull(page.QuerySelector("form.compare-form select[name=to] option[selected]"));
        Assert.Null(page.QuerySelector("section[aria-labelledby=skills]"));
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task A_very_long_level_is_cut_in_the_message()
    {
        var page = await _client.GetDocumentAsync("/careers/test-analyst/compare?from=" + new string('x', 10_000) + "&to=mid");

        Assert.True(page.Text(".notice").Length < 200);
    }

    [Fact]
    public async Task An_unknown_career_is_not_found() =>
        await _client.GetDocumentAsync("/careers/nobody/compare?from=entry&to=mid", HttpStatusCode.NotFound);

    [Theory]
    [InlineData("entry", "/careers/test-analyst/compare?from=entry&to=mid", "Compare with the next level")]
    [InlineData("mid", "/careers/test-analyst/compare?from=mid&to=senior", "Compare with the next level")]
    [InlineData("senior", "/careers/test-analyst/compare?from=mid&to=senior", "Compare with the previous level")]
    public async Task Each_level_page_links_to_a_comparison(string level, string href, string text)
    {
        var page = await _client.GetDocumentAsync($"/careers/test-analyst/levels/{level}");

        Assert.Equal(text, page.QuerySelector($"a[href='{href}']")?.TextContent.Trim());
    }
}
