using CareerPortal.Tests.Infrastructure;

namespace CareerPortal.Tests.Seo;

public sealed class SiteOptionsTests
{
    [Theory]
    [InlineData("https://careers.example.org/portal")]
    [InlineData("ftp://careers.example.org")]
    [InlineData("/relative")]
    public void A_base_url_that_cannot_prefix_site_paths_stops_the_start(string baseUrl)
    {
        using var site = new TestApp();
        using var misconfigured = site.WithWebHostBuilder(builder => builder.UseSetting("Site:BaseUrl", baseUrl));

        var error = Assert.ThrowsAny<Exception>(() => misconfigured.CreateClient());

        Assert.Contains("Site:BaseUrl must be an absolute http or https address", error.ToString(), StringComparison.Ordinal);
    }
}
