using AngleSharp.Html.Parser;
using CareerPortal.Tests.Infrastructure;

namespace CareerPortal.Tests.Api;

/// <summary>The human page about the API, and the ladder snippet a career page offers.</summary>
public sealed class DevelopersPageTests
{
    [Fact]
    public async Task The_developers_page_explains_the_api_with_curl_and_is_linked_from_every_page()
    {
        using var site = new TestApp();
        using var client = site.CreateClient();

        var page = await client.GetDocumentAsync("/developers");
        var home = await client.GetDocumentAsync("/");

        Assert.Equal("https://careers.example.org/developers", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Contains("Read API", page.Title, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("pre code"), code => code.TextContent.StartsWith("curl -s https://careers.example.org/api/v1/", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("a[href='/openapi/v1.json']"));
        Assert.NotNull(home.QuerySelector("footer a[href='/developers']"));
    }

    [Fact]
    public async Task A_career_page_offers_the_ladder_image_snippet_to_copy()
    {
        using var site = new TestApp();
        using var client = site.CreateClient();

        var page = await client.GetDocumentAsync("/careers/test-analyst");
        var snippet = page.QuerySelector("textarea#embed-ladder-code")?.TextContent ?? "";
        var image = new HtmlParser().ParseDocument(snippet).QuerySelector("img");

        Assert.NotNull(page.QuerySelector("label[for=embed-ladder-code]"));
        Assert.Equal("https://careers.example.org/careers/test-analyst/ladder.svg", image?.GetAttribute("src"));
        Assert.Contains("Test Analyst career ladder", image?.GetAttribute("alt"), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri(image!.GetAttribute("src")!).AbsolutePath)).StatusCode);
    }
}
