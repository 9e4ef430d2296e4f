using System.Net;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Data;
using CareerPortal.Web.Pages.Careers;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Pages.Careers;

/// <summary>Job title pages on the small fixture: their facts, their moves, the years placement,
/// and titles accepted by the comparison.</summary>
public sealed class TitleTests(PublicPagesTests.App app) : IClassFixture<PublicPagesTests.App>
{
    private readonly HttpClient _client = app.Client;

    [Fact]
    public async Task A_title_page_shows_its_level_years_work_and_the_moves_with_what_they_add()
    {
        var page = await _client.GetDocumentAsync("/careers/test-analyst/titles/qa-intern");

        Assert.Equal("QA Intern", page.Text("h1"));
        Assert.Contains("Junior Test Analyst", page.Text(".facts"), StringComparison.Ordinal);
        Assert.Contains("0-3 years", page.Text(".facts"), StringComparison.Ordinal);
        Assert.Contains("Run test scripts", page.Text("#work ~ ul"), StringComparison.Ordinal);
        // Up: the next stage's title, the skill that grows (test design, useful to essential) and the new one.
        Assert.NotNull(page.QuerySelector("a[href='/careers/test-analyst/titles/quality-engineer']"));
        var adds = page.QuerySelector("#up ~ dl.move-adds")!.TextContent;
        Assert.Contains("Test design: grows from useful to essential", adds, StringComparison.Ordinal);
        Assert.Contains("Defect triage: new, important", adds, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/careers/test-analyst/compare?from=entry&to=mid']"));
        // Across: the related career, which lists no stages, is described honestly.
        Assert.NotNull(page.QuerySelector("#across ~ ul a[href='/careers/data-steward']"));
        Assert.Equal("/careers/test-analyst/titles/qa-intern", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href")?.Replace("https://careers.example.org", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_place_a_title_appears_links_to_its_page()
    {
        foreach (var path in new[] { "/careers/test-analyst", "/careers/test-analyst/levels/mid", "/careers/test-analyst/compare?from=entry&to=mid", "/search?q=quality+engineer" })
        {
            var page = await _client.GetDocumentAsync(path);
            Assert.True(page.QuerySelector("a[href='/careers/test-analyst/titles/quality-engineer']") is not null, $"{path} does not link Quality Engineer");
        }
    }

    [Fact]
    public async Task Years_of_experience_are_placed_on_the_ladder_with_the_overlap_stated()
    {
        var form = await Form.OpenAsync(_client, "/careers/test-analyst/titles/quality-engineer", "form.years-form");
        var placed = await form.Set("years", "3").SubmitGetAsync();

        var text = placed.Document.QuerySelector("section[aria-labelledby=experience]")!.TextContent;
        Assert.Contains("3 years is at the top of Junior Test Analyst (0-3 years) and at the start of Test Analyst (3-6 years)", text, StringComparison.Ordinal);

        var early = await _client.GetDocumentAsync("/careers/test-analyst/titles/head-of-quality?years=4");
        Assert.Contains("Senior Test Analyst usually starts at 6 years: with 4 years you are 2 years short", early.Text("section[aria-labelledby=experience]"), StringComparison.Ordinal);

        var wrong = await _client.GetDocumentAsync("/careers/test-analyst/titles/head-of-quality?years=lots");
        Assert.Contains("whole number", wrong.Text("section[aria-labelledby=experience] .notice"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_accepts_job_titles_and_years()
    {
        var page = await _client.GetDocumentAsync("/careers/test-analyst/compare?from=qa-intern&to=head-of-quality");
        Assert.Equal("From QA Intern to Head of Quality", page.Text("h1"));
        Assert.Equal("qa-intern", page.QuerySelector("#compare-from option[selected]")?.GetAttribute("value"));
        Assert.Contains("/careers/test-analyst/compare?from=entry&to=senior", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), StringComparison.Ordinal);

        var byYears = await _client.GetDocumentAsync("/careers/test-analyst/compare?years=4");
        Assert.Contains("4 years is within Test Analyst (3-6 years)", byYears.Text(".notice"), StringComparison.Ordinal);
        Assert.Equal("From Test Analyst to Senior Test Analyst", byYears.Text("h1"));

        var same = await _client.GetDocumentAsync("/careers/test-analyst/compare?from=quality-engineer&to=mid");
        Assert.Contains("same level", same.Text(".notice"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_title_is_not_found()
    {
        var response = await _client.GetAsync("/careers/test-analyst/titles/astronaut");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Placement_names_both_stages_where_ranges_meet_and_how_far_a_title_is()
    {
        CareerLevel Stage(string title, int? min, int? max) => new() { Title = title, MinYears = min, MaxYears = max };
        var ladder = new[] { Stage("Entry", 2, 4), Stage("Mid", 4, 7), Stage("Senior", 7, null), Stage("Director", null, null) };

        Assert.Equal("3 years is within Entry (2-4 years).", Placement.Of(3, ladder).Summary);
        var boundary = Placement.Of(4, ladder);
        Assert.Equal(["Entry", "Mid"], boundary.Stages.Select(s => s.Title));
        Assert.Equal("Mid", boundary.Likeliest?.Title);
        Assert.Equal("1 year is outside the ranges this ladder lists.", Placement.Of(1, ladder).Summary);
        Assert.StartsWith("Mid usually starts at 4 years: with 3 years you are 1 year short", Placement.Against(3, ladder[1]), StringComparison.Ordinal);
        Assert.StartsWith("12 years is within the usual range for Senior", Placement.Against(12, ladder[2]), StringComparison.Ordinal);
        Assert.StartsWith("Director lists no years", Placement.Against(12, ladder[3]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Title_pages_are_in_the_sitemap()
    {
        var sitemap = await _client.GetStringAsync("/sitemap.xml");
        await using var db = app.Site.NewDb();
        foreach (var title in await db.JobTitles.Where(t => t.Career.Slug == "test-analyst").Select(t => t.Title).ToListAsync())
        {
            Assert.Contains($"/careers/test-analyst/titles/{CareerPortal.Web.Content.ContentValues.SlugFrom(title)}</loc>", sitemap, StringComparison.Ordinal);
        }
    }
}
