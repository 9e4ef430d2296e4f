using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CareerPortal.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CareerPortal.Tests.Pages.Careers.SkillsCheck;

/// <summary>The skills check over the real IT Project Manager guide, as a reader without
/// JavaScript uses it: GET forms only, and nothing of the answers kept or logged.</summary>
public sealed class SkillsCheckPageTests(SkillsCheckPageTests.App app) : IClassFixture<SkillsCheckPageTests.App>
{
    private const string Check = "/careers/it-project-manager/skills-check";

    public sealed class App : IDisposable
    {
        public App()
        {
            // Microsoft's own request lines (which carry the query string) switched on, to prove they are dropped.
            Site.Settings["Serilog:MinimumLevel:Default"] = "Information";
            Site.Settings["Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Hosting"] = "Information";
            Client = Site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Log)))
                .CreateClient(new() { AllowAutoRedirect = false });
        }

        public TestApp Site { get; } = new(Paths.RealContent);
        public CapturedLog Log { get; } = new();
        public HttpClient Client { get; }
        public void Dispose() => Site.Dispose();
    }

    public sealed class CapturedLog : ILogEventSink
    {
        private readonly List<LogEvent> _events = [];
        public void Emit(LogEvent logEvent)
        {
            lock (_events)
            {
                _events.Add(logEvent);
            }
        }

        /// <summary>Each event as a collector would store it: the message and every property.</summary>
        public IReadOnlyList<string> Lines()
        {
            lock (_events)
            {
                return _events.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + " "
                    + string.Join(" ", e.Properties.Select(p => $"{p.Key}={p.Value}"))).ToList();
            }
        }
    }

    private readonly HttpClient _client = app.Client;

    [Fact]
    public async Task A_job_title_and_years_lead_to_the_next_level_with_every_skill_as_a_radio_group()
    {
        var page = await _client.GetDocumentAsync(Check + "?at=scrum-master&years=3");

        Assert.Equal("scrum-master", page.QuerySelector("#check-at option[selected]")?.GetAttribute("value"));
        Assert.Contains("usually reached after 4 years and you have 3", page.Text(".notice"), StringComparison.Ordinal);
        var form = (IHtmlFormElement)page.QuerySelector("form[data-ratings]")!;
        Assert.Equal("get", form.Method);
        Assert.Equal("senior", ((IHtmlInputElement)form.QuerySelector("input[name=to]")!).Value);
        var groups = form.QuerySelectorAll("fieldset.rating");
        Assert.Equal(11, groups.Length);
        foreach (var group in groups)
        {
            Assert.NotEmpty(group.QuerySelector("legend")!.TextContent.Trim());
            var radios = group.QuerySelectorAll("input[type=radio]");
            Assert.Equal(5, radios.Length);
            Assert.Single(radios.Select(r => r.GetAttribute("name")).Distinct());
            Assert.All(radios, r => Assert.NotNull(group.QuerySelector($"label[for='{r.Id}']")));
            Assert.Equal("0", group.QuerySelector("input:checked")?.GetAttribute("value"));
        }
        // Grouped by kind; within a kind, essential first.
        Assert.Equal(["Core competencies", "Technical skills", "Soft skills"], form.QuerySelectorAll("details h3").Select(h => h.TextContent.Trim()));
        Assert.True(page.QuerySelector("[data-plan]")!.HasAttribute("hidden"));
    }

    [Fact]
    public async Task Submitting_the_ratings_gives_a_plan_and_the_same_answers_back()
    {
        var start = await _client.GetDocumentAsync(Check + "?at=entry&years=3");
        var query = Query(start, new()
        {
            ["r.risk-management"] = "1",       // essential at mid, 2 short
            ["r.team-leadership"] = "2",       // essential, 1 short
            ["r.agile-waterfall"] = "1",       // important, 2 short
            ["r.planning-execution"] = "4",    // essential, a strength
            ["r.cloud-computing"] = "1",       // useful, 1 short
            ["done"] = "risk-management.build.0",
        });

        var plan = await _client.GetDocumentAsync(Check + "?" + query);

        var gaps = plan.QuerySelectorAll("[data-list=gaps] > li").Select(li => li.GetAttribute("data-skill")).ToList();
        Assert.Equal(["risk-management", "team-leadership", "agile-waterfall", "cloud-computing"], gaps);
        Assert.Equal(["planning-execution"], plan.QuerySelectorAll("[data-list=strengths] > li").Select(li => li.GetAttribute("data-skill")));
        Assert.False(plan.QuerySelector("[data-plan]")!.HasAttribute("hidden"));
        Assert.Equal("1", plan.QuerySelector("input[name='r.risk-management']:checked")?.GetAttribute("value"));
        Assert.True(((IHtmlInputElement)plan.QuerySelector("#done-risk-management\\.build\\.0")!).IsChecked);
        Assert.StartsWith("1 of ", plan.Text("[data-progress]"), StringComparison.Ordinal);
        Assert.Contains("Your plan: from Entry-Level PM to Mid-Level PM", plan.Text("#plan-title"), StringComparison.Ordinal);
        Assert.Contains("about 1 year more", plan.Text("section[aria-labelledby=plan-timeline]"), StringComparison.Ordinal);
        Assert.Contains("estimate", plan.Text("section[aria-labelledby=plan-timeline]"), StringComparison.Ordinal);
        var risk = plan.QuerySelector("[data-skill=risk-management]")!;
        Assert.NotEmpty(risk.QuerySelectorAll(".steps-build input[type=checkbox]"));
        Assert.NotEmpty(risk.QuerySelectorAll(".steps-show input[type=checkbox]"));
        Assert.NotNull(plan.QuerySelector("section[aria-labelledby=plan-interview] a[href='https://careers.example.org/careers/it-project-manager/guide/interview-preparation']"));
        Assert.NotNull(plan.QuerySelector("section[aria-labelledby=plan-tools] a"));
        Assert.Contains("Goals to set", plan.Text("section[aria-labelledby=plan-level]"), StringComparison.Ordinal);
        Assert.Null(plan.QuerySelector("[data-changes]:not([hidden])"));
    }

    [Fact]
    public async Task The_page_is_never_stored_indexed_or_given_a_validator()
    {
        var first = await _client.GetAsync(Check + "?at=entry&r.risk-management=1");
        var second = await _client.GetAsync(Check + "?at=entry&r.risk-management=4");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("no-store", first.Headers.CacheControl?.ToString());
        Assert.Contains("noindex", first.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        Assert.False(first.Headers.Contains("ETag"));
        Assert.Null(first.Headers.Age);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await second.Content.ReadAsStringAsync());
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("no-referrer", page.QuerySelector("meta[name=referrer]")?.GetAttribute("content"));
        // Not served from a cache: the second answer is drawn from its own query.
        Assert.Equal(["risk-management"], page.QuerySelectorAll("[data-list=strengths] > li").Select(li => li.GetAttribute("data-skill")));
    }

    [Fact]
    public async Task The_request_log_has_the_path_and_none_of_the_answers()
    {
        var marker = "r.stakeholder-engagement=3&r.risk-frameworks=2&years=13";
        var response = await _client.GetAsync(Check + "?at=mid&" + marker);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Another page's query string is logged (the framework's request lines are on), so its absence below means something.
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/careers/it-project-manager?probe=visible")).StatusCode);

        var lines = await WaitForAsync(() => app.Log.Lines().Where(l => l.Contains("responded 200", StringComparison.Ordinal) && l.Contains($"RequestPath=\"{Check}\"", StringComparison.Ordinal)).ToList());
        Assert.NotEmpty(lines);
        await WaitForAsync(() => app.Log.Lines().Where(l => l.Contains("probe=visible", StringComparison.Ordinal)).ToList());
        Assert.Contains(app.Log.Lines(), l => l.Contains("probe=visible", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Log.Lines(), l => l.Contains("stakeholder-engagement", StringComparison.Ordinal) || l.Contains("years=13", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Career_and_level_pages_link_to_the_check()
    {
        var career = await _client.GetDocumentAsync("/careers/it-project-manager");
        var level = await _client.GetDocumentAsync("/careers/it-project-manager/levels/mid");

        Assert.NotNull(career.QuerySelector($"a[href='{Check}']"));
        Assert.NotNull(level.QuerySelector($"a[href='{Check}?at=mid']"));
    }

    [Theory]
    [InlineData("?at=entry&to=mid&v=0000000000&r.risk-management=3&r.scheduling=2", "[data-changes]",
        "No longer listed at Mid-Level PM: Scheduling|New at Mid-Level PM: Stakeholder engagement")]
    [InlineData("?at=astronaut&years=lots&to=moon", "[role=alert]",
        "not a level or job title|whole number from 0 to 60|goal is not a level")]
    public async Task Older_answers_and_unknown_choices_are_explained_and_the_form_stays(string query, string selector, string expected)
    {
        var page = await _client.GetDocumentAsync(Check + query);

        var text = page.Text(selector);
        Assert.All(expected.Split('|'), part => Assert.Contains(part, text, StringComparison.Ordinal));
        // Answered skills still on the level are not reported as new.
        Assert.DoesNotContain("New at Mid-Level PM: Risk management.", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form.check-start select[name=at]"));
    }

    [Fact]
    public async Task An_unknown_career_has_no_check() =>
        await _client.GetDocumentAsync("/careers/no-such-career/skills-check", HttpStatusCode.NotFound);

    [Fact]
    public async Task Every_skill_of_the_guide_says_how_to_build_it_and_how_to_show_it()
    {
        using var db = app.Site.NewDb();
        var skills = db.Skills.ToList();

        Assert.NotEmpty(skills);
        Assert.All(skills, s => Assert.True(s.HowToBuild.Count >= 2 && s.HowToShow.Count >= 2, $"{s.Slug} needs ways to build and show it"));
    }

    /// <summary>The ratings form as a browser would submit it, with some answers changed.</summary>
    private static string Query(IDocument page, Dictionary<string, string> answers)
    {
        var form = (IHtmlFormElement)page.QuerySelector("form[data-ratings]")!;
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" || (i.Type is "radio" or "checkbox" && i.IsChecked))
            .Select(i => (i.Name!, i.Value)).Where(f => !answers.ContainsKey(f.Item1)).ToList();
        fields.AddRange(answers.Select(a => (a.Key, a.Value)));
        return string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Item1)}={Uri.EscapeDataString(f.Item2)}"));
    }

    /// <summary>Request logging writes its line as the response completes, just after the client has it.</summary>
    private static async Task<List<string>> WaitForAsync(Func<List<string>> read)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (read() is { Count: > 0 } lines)
            {
                return lines;
            }
            await Task.Delay(50);
        }
        return read();
    }
}
