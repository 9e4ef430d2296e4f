using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Pages.Careers;

namespace CareerPortal.Tests.Pages.Careers;

public sealed class LadderTests(PublicPagesTests.App app) : IClassFixture<PublicPagesTests.App>
{
    private readonly HttpClient _client = app.Client;

    [Fact]
    public async Task The_career_page_draws_the_ladder_as_svg_with_a_link_per_level()
    {
        var page = await _client.GetDocumentAsync("/careers/test-analyst");

        var figure = page.QuerySelector("figure.ladder-figure")!;
        Assert.Contains("3 steps, from Junior Test Analyst (0-3 years) to Senior Test Analyst (6+ years)", figure.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        var pictures = figure.QuerySelectorAll("svg").ToList();
        Assert.Equal(2, pictures.Count);
        foreach (var svg in pictures)
        {
            Assert.Null(svg.GetAttribute("role"));
            Assert.NotNull(svg.GetAttribute("viewBox"));
            Assert.StartsWith("Test Analyst career ladder: 3 steps", svg.GetAttribute("aria-label"), StringComparison.Ordinal);
            Assert.Null(svg.QuerySelector("title"));
            var links = svg.QuerySelectorAll("a").ToList();
            Assert.Equal(["/careers/test-analyst/levels/entry", "/careers/test-analyst/levels/mid", "/careers/test-analyst/levels/senior"], links.Select(a => a.GetAttribute("href")));
            Assert.Null(links[0].GetAttribute("aria-label"));
            Assert.Equal(["Junior Test Analyst", "0-3 years", "QA Intern"], links[0].QuerySelectorAll("text").Select(t => t.TextContent));
            Assert.Contains("QA Intern", links[0].TextContent, StringComparison.Ordinal);
            Assert.Contains("Head of Quality", links[2].TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Titles_are_html_encoded_in_the_picture()
    {
        var page = await _client.GetDocumentAsync("/careers/test-analyst");

        Assert.Empty(page.QuerySelectorAll("svg text *"));
    }

    [Fact]
    public void Long_titles_wrap_and_the_steps_rise()
    {
        var steps = Enumerable.Range(1, 5).Select(i => new Ladder.Rung($"l{i}", $"Level {i} with a rather long name", $"{i}-{i + 2} years",
            ["Director of Information Technology Project Management", "Second", "Third"], i)).ToList();
        var ladder = new Ladder("Career", "career", steps);

        Assert.All(ladder.Wide.Boxes.Zip(ladder.Wide.Boxes.Skip(1)), pair => Assert.True(pair.Second.Y < pair.First.Y));
        Assert.All(ladder.Narrow.Boxes.Zip(ladder.Narrow.Boxes.Skip(1)), pair => Assert.True(pair.Second.Y > pair.First.Y + pair.First.Height));
        foreach (var picture in new[] { ladder.Wide, ladder.Narrow })
        {
            Assert.All(picture.Boxes, box =>
            {
                Assert.True(box.X + box.Width <= picture.Width + 0.01);
                Assert.True(box.Lines[^1].Y < box.Y + box.Height);
                Assert.True(box.Lines.Count(l => l.Kind == "step-job") > 3, "the long title wraps");
            });
        }
        Assert.Contains(ladder.Wide.Boxes[0].Lines, l => l.Text == "and 1 more");
    }
}
