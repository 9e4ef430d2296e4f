using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CareerPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Content;

/// <summary>The shipped content: it imports cleanly and every part of the IT Project Manager guide
/// can be reached from the home page.</summary>
public sealed class GuideContentTests(GuideContentTests.App app) : IClassFixture<GuideContentTests.App>
{
    public sealed class App : IDisposable
    {
        public TestApp Site { get; } = new(Paths.RealContent);
        public void Dispose() => Site.Dispose();
    }

    private readonly TestApp _site = app.Site;

    [Fact]
    public async Task The_it_project_manager_guide_has_the_whole_ladder_and_every_title()
    {
        await using var db = _site.NewDb();
        var career = await db.Careers.Include(c => c.Levels).ThenInclude(l => l.Level).Include(c => c.JobTitles)
            .SingleAsync(c => c.Slug == "it-project-manager");

        Assert.Equal("15-1299.09", career.OccupationCode);
        Assert.Equal(["foundation", "entry", "mid", "senior", "director-executive"], career.Levels.OrderBy(l => l.Level.Order).Select(l => l.Level.Slug));
        Assert.Equal(20, career.JobTitles.Count);
        Assert.Equal(5, await db.Certifications.CountAsync());
        Assert.Equal(6, await db.Specializations.CountAsync(s => s.CareerId == career.Id));
        Assert.Equal(5, await db.CareerRelations.CountAsync(r => r.CareerId == career.Id));
        Assert.All(await db.Careers.Where(c => c.Slug != "it-project-manager").ToListAsync(), c => Assert.True(c.IsThin));
    }

    /// <summary>Follows links from the home page, as a reader would, up to three clicks deep,
    /// and checks that every level, job title, certification, tool and interview question
    /// category appears on some page reached.</summary>
    [Fact]
    public async Task Every_level_title_certification_tool_and_interview_category_is_within_three_clicks()
    {
        using var client = _site.CreateClient();
        var parser = new HtmlParser();
        var seen = new Dictionary<string, string>();
        var frontier = new List<string> { "/" };
        for (var depth = 0; depth <= 3 && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var path in frontier.Where(p => !seen.ContainsKey(p)))
            {
                var response = await client.GetAsync(path);
                Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
                var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
                seen[path] = Regex.Replace(document.QuerySelector("main")?.TextContent ?? "", @"\s+", " ");
                next.AddRange(document.QuerySelectorAll("a[href^='/']")
                    .Select(a => a.GetAttribute("href")!.Split('#')[0])
                    .Where(href => href.Length > 0 && !href.StartsWith("/health", StringComparison.Ordinal)));
            }
            frontier = next.Distinct().ToList();
        }
        var text = string.Join("\n", seen.Values);

        await using var db = _site.NewDb();
        var expected = new List<string>();
        expected.AddRange(await db.CareerLevels.Select(l => l.Title).ToListAsync());
        expected.AddRange(await db.JobTitles.Select(t => t.Title).ToListAsync());
        expected.AddRange(await db.Certifications.Select(c => c.Abbreviation).ToListAsync());
        expected.AddRange(await db.Tools.Select(t => t.Name).ToListAsync());
        expected.AddRange(["Behavioral questions", "Technical and process questions", "Case study and scenario questions",
            "Leadership and team management", "Adaptability and change management"]);

        var missing = expected.Where(item => !text.Contains(item, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "Not reachable within three clicks: " + string.Join(", ", missing));
        Assert.True(expected.Count >= 50, $"only {expected.Count} items were checked");
    }

    [Fact]
    public async Task Every_public_page_of_the_real_guide_renders()
    {
        using var client = _site.CreateClient();
        await using var db = _site.NewDb();
        var paths = new List<string> { "/", "/careers", "/skills", "/certifications", "/tools" };
        paths.AddRange(await db.Careers.Select(c => "/careers/" + c.Slug).ToListAsync());
        paths.AddRange(await db.CareerLevels.Select(l => "/careers/" + l.Career.Slug + "/levels/" + l.Level.Slug).ToListAsync());
        paths.AddRange(await db.GuideSections.Select(s => "/careers/" + s.Career.Slug + "/guide/" + s.Slug).ToListAsync());
        paths.AddRange(await db.Skills.Select(s => "/skills/" + s.Slug).ToListAsync());
        paths.AddRange(await db.Certifications.Select(c => "/certifications/" + c.Slug).ToListAsync());

        foreach (var path in paths)
        {
            var page = await client.GetDocumentAsync(path);
            Assert.Single(page.QuerySelectorAll("h1"));
        }
    }
}
