using System.Text.Json;
using System.Text.Json.Nodes;
using CareerPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CareerPortal.BrowserTests;

/// <summary>The private skills check as a reader uses it: with JavaScript the answers stay in the
/// browser (storage, the link's fragment, a JSON file); without it the GET form does everything.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SkillsCheckTests(BrowserFixture browser)
{
    private const string Start = "/careers/it-project-manager/skills-check?at=entry&years=3";

    private static async Task RateAsync(IPage page)
    {
        await page.Locator("#r-risk-management-1").CheckAsync();
        await page.Locator("#r-team-leadership-2").CheckAsync();
        await page.Locator("#r-planning-execution-4").CheckAsync();
    }

    /// <summary>The skills of one list of the plan, in order (read without page script, which may be off).</summary>
    private static async Task<IReadOnlyList<string?>> SkillsInAsync(IPage page, string list = "gaps")
    {
        var skills = new List<string?>();
        foreach (var item in await page.Locator($"[data-list={list}] > li").AllAsync())
        {
            skills.Add(await item.GetAttributeAsync("data-skill"));
        }
        return skills;
    }

    [SkippableFact]
    public async Task With_javascript_answers_survive_a_reload_travel_in_the_fragment_and_move_as_a_file()
    {
        var page = await browser.NewPageAsync(BrowserFixture.Phone);
        await page.GotoAsync(Start);
        Assert.False(await page.Locator("#plan").IsVisibleAsync());

        await RateAsync(page);
        Assert.True(await page.Locator("#plan").IsVisibleAsync());
        Assert.Equal(["risk-management", "team-leadership"], await SkillsInAsync(page));
        Assert.Equal(["planning-execution"], await SkillsInAsync(page, "strengths"));
        await page.Locator("label[for='done-risk-management.build.0']").ClickAsync();
        Assert.StartsWith("1 of ", await page.Locator("[data-progress]").TextContentAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Make my plan" }).ClickAsync();
        Assert.DoesNotContain("r.", new Uri(page.Url).Query, StringComparison.Ordinal);

        // Kept in this browser: the same address without the fragment brings the answers back.
        await page.GotoAsync(Start + "&to=mid");
        Assert.True(await page.Locator("#r-risk-management-1").IsCheckedAsync());
        Assert.True(await page.Locator("#done-risk-management\\.build\\.0").IsCheckedAsync());
        Assert.Equal(["risk-management", "team-leadership"], await SkillsInAsync(page));
        await page.ReloadAsync();
        Assert.True(await page.Locator("#r-team-leadership-2").IsCheckedAsync());

        // The link reproduces the plan in a browser that has never seen it, and the server never sees the answers.
        var link = await page.Locator("[data-share]").GetAttributeAsync("href");
        Assert.Contains("#", link, StringComparison.Ordinal);
        var stranger = await browser.NewPageAsync(BrowserFixture.Desktop);
        var requested = new List<string>();
        stranger.Request += (_, request) => requested.Add(request.Url);
        await stranger.GotoAsync(link!);
        Assert.Equal(["risk-management", "team-leadership"], await SkillsInAsync(stranger));
        Assert.True(await stranger.Locator("#done-risk-management\\.build\\.0").IsCheckedAsync());
        Assert.DoesNotContain(requested, url => url.Split('#')[0].Contains("risk-management", StringComparison.Ordinal));
        await stranger.Context.CloseAsync();

        // Exported as JSON, then imported elsewhere from an older guide: the change is reported.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-export]").ClickAsync());
        var file = Path.Combine(BrowserFixture.ScreenshotFolder, "skills-check-answers.json");
        await download.SaveAsAsync(file);
        var answers = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();
        Assert.Equal(1, (int)answers["ratings"]!["risk-management"]!);
        Assert.Equal("it-project-manager", (string?)answers["career"]);
        answers["version"] = "0000000000";
        answers["shown"]!.AsArray().Add("scheduling");
        answers["ratings"]!["scheduling"] = 2;
        await File.WriteAllTextAsync(file, answers.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var other = await browser.NewPageAsync(BrowserFixture.Desktop);
        await other.GotoAsync(Start + "&to=mid");
        await other.Locator("#check-import").SetInputFilesAsync(file);
        await other.Locator("[data-status]").Filter(new() { HasTextString = "Loaded your answers" }).WaitForAsync();
        Assert.True(await other.Locator("#r-risk-management-1").IsCheckedAsync());
        Assert.Equal(["risk-management", "team-leadership"], await SkillsInAsync(other));
        Assert.Contains("No longer listed at this level: Scheduling", await other.Locator("[data-changes]").TextContentAsync(), StringComparison.Ordinal);
        await other.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Without_javascript_the_get_form_makes_the_plan()
    {
        var page = await browser.NewPageAsync(BrowserFixture.Phone, javaScript: false);
        await page.GotoAsync("/careers/it-project-manager");
        await page.GetByRole(AriaRole.Link, new() { Name = "Check your skills" }).ClickAsync();
        await page.GetByLabel("Where you are now").SelectOptionAsync("scrum-master");
        await page.GetByLabel("Years of experience").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the skills to rate" }).ClickAsync();
        await page.WaitForURLAsync("**/skills-check?at=scrum-master&years=3&to=*");
        Assert.False(await page.Locator("[data-js-only]").IsVisibleAsync());

        await page.Locator("#r-strategic-planning-1").CheckAsync();
        await page.Locator("#r-mentoring-4").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make my plan" }).ClickAsync();
        await page.WaitForURLAsync("**r.strategic-planning=1**");

        Assert.True(await page.Locator("#plan").IsVisibleAsync());
        Assert.Equal(["strategic-planning"], await SkillsInAsync(page));
        Assert.Contains("Mentoring", await page.Locator("[data-list=strengths]").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#r-mentoring-4").IsCheckedAsync());
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_plan_prints_as_a_checklist_on_a4_and_letter()
    {
        var page = await browser.NewPageAsync(BrowserFixture.Desktop);
        await page.GotoAsync(Start + "&to=mid&v=x&r.risk-management=1&r.planning-execution=4");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.True(await page.Locator("#plan").IsVisibleAsync());
        Assert.False(await page.Locator("form.check-start").IsVisibleAsync());
        Assert.False(await page.Locator("[data-js-only]").IsVisibleAsync());
        Assert.False(await page.Locator("details[data-rate]").IsVisibleAsync());
        Assert.True(await page.Locator("[data-list=gaps] input[type=checkbox]").First.IsVisibleAsync());
        Assert.True(await page.Locator("[data-today]").IsVisibleAsync());
        var written = await page.Locator("section[aria-labelledby=plan-level] a.print-url").EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains("http", written, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "skills-check-print");
        foreach (var format in new[] { "A4", "Letter" })
        {
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = format });
            Assert.True(pdf.Length > 1000, $"the {format} PDF is empty");
        }
        await page.Context.CloseAsync();
    }
}
