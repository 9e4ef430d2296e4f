using System.Net;
using System.Xml.Linq;
using CareerPortal.Tests.Infrastructure;

namespace CareerPortal.Tests.Api;

/// <summary>The embeddable ladder: valid standalone SVG with a title and description, every
/// level a step that links to its page by an absolute URL, and no inline styles.</summary>
public sealed class LadderImageTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task The_ladder_is_valid_svg_with_a_title_and_a_link_per_level()
    {
        using var site = new TestApp();
        using var client = site.CreateClient();

        var response = await client.GetAsync("/careers/test-analyst/ladder.svg");
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("Test Analyst career ladder", svg.Element(Svg + "title")?.Value);
        Assert.Contains("years", svg.Element(Svg + "desc")?.Value, StringComparison.Ordinal);
        var links = svg.Descendants(Svg + "a").Select(a => (string)a.Attribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith("https://careers.example.org/careers/test-analyst/levels/", href, StringComparison.Ordinal));
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Attribute("style") is not null || e.Name == Svg + "style" || e.Name == Svg + "script");
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task An_unknown_career_has_no_ladder()
    {
        using var site = new TestApp();
        using var client = site.CreateClient();

        var response = await client.GetAsync("/careers/no-such-career/ladder.svg");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
