using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareerPortal.BrowserTests.Infrastructure;

/// <summary>One site and one Chromium shared by every browser test (they run one after another:
/// two cores do not run several browsers well). Started on first use, so a machine without
/// Chromium skips quickly.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SiteServer? _site;
    private IPlaywright? _playwright;

    public Uri BaseUrl { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The running site's services, to arrange what a test needs (such as an account).</summary>
    public IServiceProvider Services => _site?.Services ?? throw new InvalidOperationException("Call StartAsync first.");

    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>The site and the browser, started once; skips (or fails on CI) without Chromium.</summary>
    public async Task StartAsync()
    {
        Chromium.RequireOrSkip();
        await _gate.WaitAsync();
        try
        {
            if (_playwright is not null)
            {
                return;
            }
            // Playwright must never fetch a browser of its own.
            Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            _site = new SiteServer();
            BaseUrl = _site.Start();
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium.Path,
                Headless = true,
                Args = Chromium.Args,
            });
            Directory.CreateDirectory(ScreenshotFolder);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IPage> NewPageAsync(ViewportSize viewport, ColorScheme scheme = ColorScheme.Light, bool javaScript = true)
    {
        await StartAsync();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = viewport,
            ColorScheme = scheme,
            JavaScriptEnabled = javaScript,
            ReducedMotion = ReducedMotion.Reduce,
        });
        // A broken page should fail in seconds, not hang the suite (a busy two-core machine needs some).
        context.SetDefaultTimeout(20_000);
        await context.AddInitScriptAsync(ReportViolations);
        var page = await context.NewPageAsync();
        // Chromium logs every blocked script, style or load to the console, with JavaScript off too.
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (_cspViolations)
                {
                    _cspViolations.Add($"{page.Url}: {message.Text}");
                }
            }
        };
        return page;
    }

    /// <summary>Makes each <c>securitypolicyviolation</c> event a console line (caught above).</summary>
    private const string ReportViolations = """
        document.addEventListener('securitypolicyviolation', e =>
            console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    private readonly List<string> _cspViolations = [];

    /// <summary>The CSP violations seen since the last call, forgotten once taken.</summary>
    public IReadOnlyList<string> TakeCspViolations()
    {
        lock (_cspViolations)
        {
            var taken = _cspViolations.Distinct().ToList();
            _cspViolations.Clear();
            return taken;
        }
    }

    /// <summary>Called after each test (the test classes' Dispose): any violation fails the test that caused it.</summary>
    public void FailOnCspViolations()
    {
        if (TakeCspViolations() is { Count: > 0 } violations)
        {
            throw new Xunit.Sdk.XunitException("The Content-Security-Policy blocked something:\n" + string.Join("\n", violations));
        }
    }

    /// <summary>axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules; one line per failing node.</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            // Details of passing rules are not read; leaving them out roughly halves axe's time.
            ResultTypes = [ResultType.Violations],
            Iframes = false,
        });
        return result.Violations
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {n.Target}: {n.Html}"))
            .ToList();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
        _site?.Dispose();
        _gate.Dispose();
    }

    public Task InitializeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
