using CareerPortal.Tests.Infrastructure;
using CareerPortal.Tests.Seo;
using CareerPortal.Web.Content;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Pages;

/// <summary>Markdown is rendered when it is saved or imported; a public request only reads the
/// stored HTML. The renderer is handed out fresh on every request for it here and counted: no
/// public page may ask for it at all.</summary>
public sealed class NoMarkdownOnReadTests
{
    [Fact]
    public async Task No_public_page_asks_for_the_markdown_renderer()
    {
        var handedOut = 0;
        using var app = new TestApp();
        using var site = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddTransient(_ =>
            {
                Interlocked.Increment(ref handedOut);
                return new MarkdownRenderer();
            })));
        using var client = site.CreateClient();
        (await client.GetAsync("/health/live")).EnsureSuccessStatusCode();
        var pages = await SitePages.FromDatabaseAsync(app);
        Interlocked.Exchange(ref handedOut, 0);

        foreach (var page in pages.Select(p => p.Path).Concat(["/search?q=test", "/sitemap.xml", "/api/v1/careers/test-analyst"]))
        {
            var response = await client.GetAsync(page);
            Assert.True(response.IsSuccessStatusCode, $"{page}: {(int)response.StatusCode}");
        }

        Assert.True(pages.Count > 10);
        Assert.Equal(0, handedOut);
    }
}
