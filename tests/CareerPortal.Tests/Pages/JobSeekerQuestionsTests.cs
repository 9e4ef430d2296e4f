using AngleSharp.Dom;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Content;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Pages;

/// <summary>The real guide read as a job seeker would: each question answered by following links
/// from the home page, never by typing an address.</summary>
public sealed class JobSeekerQuestionsTests(CareerPortal.Tests.Content.GuideContentTests.App app) : IClassFixture<CareerPortal.Tests.Content.GuideContentTests.App>
{
    private readonly HttpClient _client = app.Site.CreateClient(new() { AllowAutoRedirect = false });

    /// <summary>Follows the link whose text is <paramref name="text"/> (the first, in page order).</summary>
    private async Task<IDocument> FollowAsync(IDocument page, string text, string within = "main")
    {
        var link = page.QuerySelectorAll($"{within} a[href]").FirstOrDefault(a => a.TextContent.Trim() == text)
            ?? throw new Xunit.Sdk.XunitException($"no link '{text}' in {within} of {page.QuerySelector("h1")?.TextContent}");
        return await _client.GetDocumentAsync(link.GetAttribute("href")!.Split('#')[0]);
    }

    [Fact]
    public async Task A_scrum_master_with_three_years_finds_the_moves_open_and_where_they_stand()
    {
        var home = await _client.GetDocumentAsync("/");
        var career = await FollowAsync(home, "IT Project Manager");
        var title = await FollowAsync(career, "Scrum Master", "section[aria-labelledby=titles]");

        Assert.Equal("Scrum Master", title.Text("h1"));
        Assert.Contains("Mid-Level PM", title.Text(".facts"), StringComparison.Ordinal);
        Assert.Contains("4-7 years", title.Text(".facts"), StringComparison.Ordinal);
        // Sideways into IT project management or delivery management, up to senior titles, with what each adds.
        var sideways = title.QuerySelectorAll("#sideways ~ ul.cards a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("IT Project Manager", sideways);
        Assert.Contains("IT Delivery Manager", sideways);
        Assert.Contains("Senior IT Project Manager", title.QuerySelectorAll("#up ~ ul.cards a").Select(a => a.TextContent.Trim()));
        Assert.Contains("Strategic planning", title.Text("#up ~ dl.move-adds"), StringComparison.Ordinal);
        Assert.NotEmpty(title.QuerySelectorAll("#across ~ ul.moves a"));

        // Three years against a stage of four to seven, said plainly.
        var form = Form.Read(_client, "/careers/it-project-manager/titles/scrum-master", title, "form.years-form");
        var placed = (await form.Set("years", "3").SubmitGetAsync()).Document;
        var answer = placed.Text("section[aria-labelledby=experience] .notice");
        Assert.Contains("1 year short", answer, StringComparison.Ordinal);
        Assert.Contains("3 years is within Entry-Level PM (2-4 years)", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Which_certification_first_is_reached_from_home_with_what_it_requires()
    {
        var home = await _client.GetDocumentAsync("/");
        var career = await FollowAsync(home, "IT Project Manager");
        // The first stage of the path itself, then its first title: the certifications its move up adds.
        var coordinator = await FollowAsync(career, "IT Project Coordinator", "section[aria-labelledby=titles]");
        var next = coordinator.QuerySelectorAll("#up ~ dl.move-adds a[href^='/certifications/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/certifications/csm", next);
        // Its stage's own certifications, in the order the stage suggests them: the CAPM first.
        var level = await FollowAsync(coordinator, "Entry-Level PM", ".facts");
        var first = level.QuerySelector("#certifications ~ ul a[href^='/certifications/']")!;
        var certification = await _client.GetDocumentAsync(first.GetAttribute("href")!);
        Assert.Contains("CAPM", certification.Text("h1"), StringComparison.Ordinal);
        Assert.NotNull(certification.QuerySelector("dl.facts"));
        foreach (var href in next)
        {
            Assert.NotNull((await _client.GetDocumentAsync(href)).QuerySelector("h1"));
        }
    }

    [Fact]
    public async Task The_career_page_has_a_table_of_contents_to_every_part_a_guide_may_link_to()
    {
        var page = await _client.GetDocumentAsync("/careers/it-project-manager");

        var contents = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(contents.Count >= 8, $"only {contents.Count} entries");
        Assert.All(contents, href => Assert.NotNull(page.GetElementById(href.TrimStart('#'))));
        // Every part except a short profile's (this is a full guide) is on the page for guide links to reach.
        Assert.All(CareerPortal.Web.Seo.PublicPaths.CareerParts.Where(p => p != "profile"), id => Assert.Contains("#" + id, contents));
        // The ladder is drawn once per layout; the names in words are the job titles, never typical roles.
        Assert.Single(page.QuerySelectorAll("figure.ladder-figure"));
        Assert.DoesNotContain("Associate PM", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_job_title_is_linked_and_its_page_is_within_three_clicks_of_home()
    {
        var depth = new Dictionary<string, int> { ["/"] = 0 };
        var queue = new Queue<string>(["/"]);
        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            if (depth[path] == 3)
            {
                continue;
            }
            var page = await _client.GetDocumentAsync(path);
            foreach (var href in page.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!.Split('#')[0]))
            {
                if (href.Length > 0 && !href.StartsWith("/admin", StringComparison.Ordinal) && !href.Contains(".svg", StringComparison.Ordinal)
                    && !href.StartsWith("/api", StringComparison.Ordinal) && depth.TryAdd(href, depth[path] + 1))
                {
                    queue.Enqueue(href);
                }
            }
        }
        await using var db = app.Site.NewDb();
        var titles = await db.JobTitles.Select(t => new { Career = t.Career.Slug, t.Title }).ToListAsync();
        Assert.NotEmpty(titles);
        foreach (var title in titles)
        {
            var path = $"/careers/{title.Career}/titles/{ContentValues.SlugFrom(title.Title)}";
            Assert.True(depth.ContainsKey(path), $"{title.Title} ({path}) is not within three clicks of home");
            Assert.Equal(title.Title, (await _client.GetDocumentAsync(path)).Text("h1"));
        }
    }
}
