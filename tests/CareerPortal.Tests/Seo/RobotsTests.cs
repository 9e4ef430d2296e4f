namespace CareerPortal.Tests.Seo;

[Collection(SeoSitesDefinition.Name)]
public sealed class RobotsTests(SeoSites sites)
{
    [Fact]
    public async Task Robots_txt_allows_the_site_keeps_crawlers_out_of_admin_and_search_and_names_the_sitemap()
    {
        using var client = sites.Fixture.CreateClient();

        var response = await client.GetAsync("/robots.txt");

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            ["User-agent: *", "Allow: /", "Disallow: /admin", "Disallow: /search", "Sitemap: https://careers.example.org/sitemap.xml"],
            lines);
    }
}
