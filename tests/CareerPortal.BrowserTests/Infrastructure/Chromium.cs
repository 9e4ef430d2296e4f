namespace CareerPortal.BrowserTests.Infrastructure;

/// <summary>Debian's Chromium, never a browser downloaded by Playwright: the path comes from
/// CAREERPORTAL_CHROMIUM, else from looking up <c>chromium</c> on the PATH.</summary>
public static class Chromium
{
    public static readonly string[] Args =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static string? Path { get; } = Find();

    /// <summary>Skips the calling test when there is no Chromium, except on CI (CI=true), where a
    /// missing browser is a failure: a green run must not hide tests that never ran.</summary>
    public static void RequireOrSkip()
    {
        if (Path is not null)
        {
            return;
        }
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("CI=true and no Chromium was found: install Debian's chromium package or set CAREERPORTAL_CHROMIUM.");
        }
        Skip.If(true, "No Chromium found (set CAREERPORTAL_CHROMIUM or install Debian's chromium package); browser tests skipped.");
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CAREERPORTAL_CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(dir, "chromium");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
