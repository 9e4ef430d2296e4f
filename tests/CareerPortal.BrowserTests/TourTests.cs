using CareerPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CareerPortal.BrowserTests;

/// <summary>Every kind of public page at phone and desktop widths, in light and dark schemes, and
/// with JavaScript off: each loads, has one h1, and axe finds no WCAG 2.2 A/AA violation.
/// Screenshots go to bin/.../screenshots for a person to look at.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class TourTests(BrowserFixture browser) : IDisposable
{
    public static readonly (string Name, string Path, int Status)[] Pages =
    [
        ("home", "/", 200),
        ("careers", "/careers", 200),
        ("career", "/careers/it-project-manager", 200),
        ("profile", "/careers/product-manager", 200),
        ("level", "/careers/it-project-manager/levels/mid", 200),
        ("guide", "/careers/it-project-manager/guide/what-the-role-does", 200),
        ("skills-matrix", "/careers/it-project-manager/skills", 200),
        ("compare", "/careers/it-project-manager/compare?from=entry&to=mid", 200),
        ("compare-bad", "/careers/it-project-manager/compare?from=entry&to=entry", 200),
        ("job-title", "/careers/it-project-manager/titles/scrum-master?years=3", 200),
        ("compare-title", "/careers/it-project-manager/compare?from=scrum-master&to=senior", 200),
        ("skills-check", "/careers/it-project-manager/skills-check?at=scrum-master&years=3", 200),
        ("skills-check-plan", "/careers/it-project-manager/skills-check?at=entry&to=mid&v=x&r.risk-management=1&r.planning-execution=4&done=risk-management.build.0", 200),
        ("which-first", "/certifications/which-first?experience=some&agile=yes", 200),
        ("skills", "/skills", 200),
        ("skill", "/skills/risk-management", 200),
        ("certifications", "/certifications", 200),
        ("certification", "/certifications/pmp", 200),
        ("tools", "/tools", 200),
        ("search", "/search?q=scrum+master", 200),
        ("search-empty", "/search?q=zzzqx", 200),
        ("not-found", "/no/such/page", 404),
    ];

    public static TheoryData<string, ColorScheme> Views => new()
    {
        { "phone", ColorScheme.Light },
        { "phone", ColorScheme.Dark },
        { "desktop", ColorScheme.Light },
        { "desktop", ColorScheme.Dark },
    };

    [SkippableTheory]
    [MemberData(nameof(Views))]
    public async Task Every_page_type_is_accessible(string width, ColorScheme scheme)
    {
        var page = await browser.NewPageAsync(width == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop, scheme);
        var problems = new List<string>();
        foreach (var (name, path, status) in Pages)
        {
            var response = await page.GotoAsync(path);
            if (response?.Status != status)
            {
                problems.Add($"{path}: status {response?.Status}, expected {status}");
            }
            if (await page.Locator("h1").CountAsync() != 1)
            {
                problems.Add($"{path}: expected exactly one h1");
            }
            if (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth"))
            {
                problems.Add($"{path}: the page is wider than the screen");
            }
            problems.AddRange((await BrowserFixture.AccessibilityViolationsAsync(page)).Select(v => $"{path}: {v}"));
            await BrowserFixture.ScreenshotAsync(page, $"{name}-{width}-{scheme.ToString().ToLowerInvariant()}");
        }
        await page.Context.CloseAsync();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>axe itself is JavaScript, so it cannot run here; the pages send no inline script
    /// (only the skills check has a script file, which enhances what works without it), so their
    /// markup is the same one the test above checks.</summary>
    [SkippableTheory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task Every_page_type_works_without_javascript(string width)
    {
        var page = await browser.NewPageAsync(width == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop, javaScript: false);
        var problems = new List<string>();
        foreach (var (name, path, status) in Pages)
        {
            var response = await page.GotoAsync(path);
            if (response?.Status != status)
            {
                problems.Add($"{path}: status {response?.Status}, expected {status}");
            }
            if (!await page.Locator("main h1").IsVisibleAsync())
            {
                problems.Add($"{path}: no visible h1");
            }
            if (await page.Locator("script:not([type='application/ld+json']):not([src])").CountAsync() > 0)
            {
                problems.Add($"{path}: sends an inline script");
            }
            if (width == "phone")
            {
                await BrowserFixture.ScreenshotAsync(page, $"{name}-{width}-nojs");
            }
        }
        await page.Context.CloseAsync();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [SkippableFact]
    public async Task A_career_path_prints_as_a_tidy_document()
    {
        var page = await browser.NewPageAsync(BrowserFixture.Desktop);
        await page.GotoAsync("/careers/it-project-manager");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator("header .site-nav").IsVisibleAsync());
        Assert.False(await page.Locator("header .site-search").IsVisibleAsync());
        Assert.False(await page.Locator("footer").IsVisibleAsync());
        Assert.True(await page.Locator("svg.ladder-wide").IsVisibleAsync());
        Assert.False(await page.Locator("svg.ladder-narrow").IsVisibleAsync());
        Assert.True(await page.Locator(".print-only").IsVisibleAsync());
        await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "career-print.pdf"), Format = "A4" });
        await BrowserFixture.ScreenshotAsync(page, "career-print");
        await page.Context.CloseAsync();
    }

    public void Dispose() => browser.FailOnCspViolations();
}
