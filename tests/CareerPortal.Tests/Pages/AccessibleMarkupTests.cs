using System.Net;
using CareerPortal.Tests.Infrastructure;

namespace CareerPortal.Tests.Pages;

/// <summary>What axe's WCAG rules do not check on every page of the shipped guide: one h1,
/// headings that never skip a level, labelled form controls, table headers with a scope, landmarks,
/// a working skip link, and no script.</summary>
public sealed class AccessibleMarkupTests(AccessibleMarkupTests.App app) : IClassFixture<AccessibleMarkupTests.App>
{
    public sealed class App : IDisposable
    {
        public TestApp Site { get; } = new(Paths.RealContent);
        public HttpClient Client { get; }
        public App() => Client = Site.CreateClient();
        public void Dispose() => Site.Dispose();
    }

    public static TheoryData<string> Pages =>
    [
        "/", "/careers", "/careers/it-project-manager", "/careers/product-manager",
        "/careers/it-project-manager/levels/foundation", "/careers/it-project-manager/levels/director-executive",
        "/careers/it-project-manager/guide/what-the-role-does", "/careers/it-project-manager/guide/interview-preparation",
        "/careers/it-project-manager/skills", "/careers/it-project-manager/skills?kind=soft",
        "/careers/it-project-manager/compare?from=entry&to=mid", "/careers/it-project-manager/compare",
        "/skills", "/skills/risk-management", "/certifications", "/certifications/pmp", "/tools",
        "/search", "/search?q=project", "/search?q=zzzqx", "/no/such/page",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_structure_is_accessible(string path)
    {
        var page = await app.Client.GetDocumentAsync(path, path.StartsWith("/no/", StringComparison.Ordinal) ? HttpStatusCode.NotFound : HttpStatusCode.OK);

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("h1"));
        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: h{levels[i - 1]} is followed by h{levels[i]}");
        }
        Assert.Single(page.QuerySelectorAll("main#main"));
        Assert.Equal("#main", page.QuerySelector("a.skip-link")?.GetAttribute("href"));
        Assert.Single(page.QuerySelectorAll("header.site-header"));
        Assert.Single(page.QuerySelectorAll("footer.site-footer"));
        Assert.All(page.QuerySelectorAll("nav"), nav => Assert.False(string.IsNullOrEmpty(nav.GetAttribute("aria-label") ?? nav.GetAttribute("aria-labelledby")), $"{path}: a nav without a name"));
        foreach (var control in page.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
        {
            var labelled = control.Closest("label") is not null || page.QuerySelector($"label[for='{control.Id}']") is not null;
            Assert.True(labelled, $"{path}: {control.OuterHtml} has no label");
        }
        Assert.All(page.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "row" }));
        Assert.All(page.QuerySelectorAll("img"), img => Assert.NotNull(img.GetAttribute("alt")));
        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json'])"));
    }
}
