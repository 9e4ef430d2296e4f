using System.Net;
using CareerPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Admin;

/// <summary>A renamed slug keeps its old public addresses working.</summary>
[Collection(AdminTests.Name)]
public sealed class RedirectTests(AdminSite site)
{
    private async Task<HttpResponseMessage> GetAsync(string path) => await site.Anonymous().GetAsync(path);

    [Fact]
    public async Task Renaming_a_career_redirects_its_page_its_levels_and_its_guide_and_never_chains()
    {
        var editor = await site.EditorAsync();
        var id = await site.NewCareerAsync("Scrum Master", "scrum-master", "entry");
        await (await Form.OpenAsync(editor, $"/admin/sections/new?careerId={id}")).Set("Input.Title", "Overview").Set("Input.Slug", "overview")
            .Set("Input.Description", "What a scrum master does.").Set("Input.Status", "Published").Set("Input.Markdown", "Serves.").PostAsync();

        await (await Form.OpenAsync(editor, $"/admin/careers/{id}/edit")).Set("Input.Slug", "agile-coach").PostAsync();
        await (await Form.OpenAsync(editor, $"/admin/careers/{id}/edit")).Set("Input.Slug", "delivery-lead").PostAsync();

        foreach (var (from, to) in new[]
        {
            ("/careers/scrum-master", "/careers/delivery-lead"),
            ("/careers/agile-coach", "/careers/delivery-lead"),
            ("/careers/scrum-master/levels/entry", "/careers/delivery-lead/levels/entry"),
            ("/careers/scrum-master/guide/overview", "/careers/delivery-lead/guide/overview"),
        })
        {
            var response = await GetAsync(from);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(to, response.Headers.Location?.OriginalString);
        }
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/careers/delivery-lead/guide/overview")).StatusCode);

        // Renaming back makes the old address live again rather than a loop.
        await (await Form.OpenAsync(editor, $"/admin/careers/{id}/edit")).Set("Input.Slug", "scrum-master").PostAsync();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/careers/scrum-master")).StatusCode);
        var back = await GetAsync("/careers/delivery-lead");
        Assert.Equal("/careers/scrum-master", back.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Renaming_a_job_title_redirects_its_page()
    {
        var editor = await site.EditorAsync();
        int id;
        await using (var db = site.NewDb())
        {
            id = await db.JobTitles.Where(t => t.Title == "Head of Quality").Select(t => t.Id).SingleAsync();
        }
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/careers/test-analyst/titles/head-of-quality")).StatusCode);

        await (await Form.OpenAsync(editor, $"/admin/job-titles/{id}/edit")).Set("Input.Title", "Quality Director").PostAsync();

        var moved = await GetAsync("/careers/test-analyst/titles/head-of-quality");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/careers/test-analyst/titles/quality-director", moved.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/careers/test-analyst/titles/quality-director")).StatusCode);
        await (await Form.OpenAsync(editor, $"/admin/job-titles/{id}/edit")).Set("Input.Title", "Head of Quality").PostAsync();
    }

    [Fact]
    public async Task Renaming_a_certification_and_a_guide_section_redirects_them()
    {
        var editor = await site.EditorAsync();
        int certification, section;
        await using (var db = site.NewDb())
        {
            var career = await db.Careers.Where(c => c.Slug == "test-analyst").Select(c => c.Id).SingleAsync();
            await (await Form.OpenAsync(editor, "/admin/certifications/new")).Set("Input.Abbreviation", "CTAL").Set("Input.Name", "Advanced Level")
                .Set("Input.Slug", "ctal").Set("Input.Summary", "The advanced exam.").PostAsync();
            await (await Form.OpenAsync(editor, $"/admin/sections/new?careerId={career}")).Set("Input.Title", "Salaries").Set("Input.Slug", "salaries")
                .Set("Input.Description", "What test analysts earn.").Set("Input.Status", "Published").Set("Input.Markdown", "Enough.").PostAsync();
            certification = await db.Certifications.Where(c => c.Slug == "ctal").Select(c => c.Id).SingleAsync();
            section = await db.GuideSections.Where(s => s.Slug == "salaries").Select(s => s.Id).SingleAsync();
        }

        await (await Form.OpenAsync(editor, $"/admin/certifications/{certification}/edit")).Set("Input.Slug", "istqb-advanced").PostAsync();
        await (await Form.OpenAsync(editor, $"/admin/sections/{section}/edit")).Set("Input.Slug", "pay").PostAsync();

        Assert.Equal("/certifications/istqb-advanced", (await GetAsync("/certifications/ctal")).Headers.Location?.OriginalString);
        Assert.Equal("/careers/test-analyst/guide/pay", (await GetAsync("/careers/test-analyst/guide/salaries")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Every_page_under_a_renamed_career_redirects_in_one_step_and_browsers_must_check_again()
    {
        var editor = await site.EditorAsync();
        var id = await site.NewCareerAsync("Data Engineer", "data-engineer", "entry", "mid");
        await (await Form.OpenAsync(editor, $"/admin/careers/{id}/edit")).Set("Input.Slug", "pipeline-engineer").PostAsync();
        await (await Form.OpenAsync(editor, $"/admin/careers/{id}/edit")).Set("Input.Slug", "analytics-engineer").PostAsync();

        foreach (var (from, to) in new[]
        {
            ("/careers/data-engineer/skills", "/careers/analytics-engineer/skills"),
            ("/careers/pipeline-engineer/skills?kind=soft", "/careers/analytics-engineer/skills?kind=soft"),
            ("/careers/data-engineer/compare?from=entry&to=mid", "/careers/analytics-engineer/compare?from=entry&to=mid"),
            ("/careers/data-engineer/levels/mid", "/careers/analytics-engineer/levels/mid"),
        })
        {
            var response = await GetAsync(from);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(to, response.Headers.Location?.OriginalString);
            Assert.True(response.Headers.CacheControl?.NoCache, $"{from}: a redirect a browser may reuse unchecked can trap it after a rename back");
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(to)).StatusCode);
        }
    }

    [Fact]
    public async Task Renaming_a_ladder_level_redirects_its_pages_and_the_comparisons_naming_it()
    {
        var editor = await site.EditorAsync();
        int levelId;
        await using (var db = site.NewDb())
        {
            var order = await db.Levels.MaxAsync(l => l.Order) + 10;
            await (await Form.OpenAsync(editor, "/admin/levels/new")).Set("Input.Name", "Lead").Set("Input.Slug", "lead")
                .Set("Input.Order", order.ToString(System.Globalization.CultureInfo.InvariantCulture)).Set("Input.Summary", "Leads a team.").PostAsync();
            levelId = await db.Levels.Where(l => l.Slug == "lead").Select(l => l.Id).SingleAsync();
        }
        var careerId = await site.NewCareerAsync("QA Lead", "qa-lead", "entry", "lead");

        await (await Form.OpenAsync(editor, $"/admin/levels/{levelId}/edit")).Set("Input.Slug", "principal").PostAsync();
        Assert.Equal("/careers/qa-lead/levels/principal", (await GetAsync("/careers/qa-lead/levels/lead")).Headers.Location?.OriginalString);
        var compare = await GetAsync("/careers/qa-lead/compare?from=entry&to=lead");
        Assert.Equal(HttpStatusCode.MovedPermanently, compare.StatusCode);
        Assert.Equal("/careers/qa-lead/compare?from=entry&to=principal", compare.Headers.Location?.OriginalString);
        Assert.True(compare.Headers.CacheControl?.NoCache);

        // The career renamed as well: the old comparison lands on the new career and level at once.
        await (await Form.OpenAsync(editor, $"/admin/careers/{careerId}/edit")).Set("Input.Slug", "test-lead").PostAsync();
        Assert.Equal("/careers/test-lead/compare?from=principal&to=entry", (await GetAsync("/careers/qa-lead/compare?from=lead&to=entry")).Headers.Location?.OriginalString);
        Assert.Equal("/careers/test-lead/levels/principal", (await GetAsync("/careers/qa-lead/levels/lead")).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/careers/test-lead/compare?from=entry&to=principal")).StatusCode);

        // Back to the first slug: it is live again, and the other one points at it.
        await (await Form.OpenAsync(editor, $"/admin/levels/{levelId}/edit")).Set("Input.Slug", "lead").PostAsync();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/careers/test-lead/levels/lead")).StatusCode);
        Assert.Equal("/careers/test-lead/levels/lead", (await GetAsync("/careers/test-lead/levels/principal")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_rename_and_a_rename_back_never_trap_a_browser_that_followed_the_first()
    {
        var editor = await site.EditorAsync();
        await (await Form.OpenAsync(editor, "/admin/skills/new")).Set("Input.Name", "Pairing").Set("Input.Slug", "pairing")
            .Set("Input.Kind", "Soft").Set("Input.Summary", "Working two at one keyboard.").PostAsync();
        int id;
        await using (var db = site.NewDb())
        {
            id = await db.Skills.Where(s => s.Slug == "pairing").Select(s => s.Id).SingleAsync();
        }
        var browser = new CachingBrowser(site.Anonymous());

        await (await Form.OpenAsync(editor, $"/admin/skills/{id}/edit")).Set("Input.Slug", "pair-work").PostAsync();
        Assert.Equal(("/skills/pair-work", HttpStatusCode.OK), await browser.FollowAsync("/skills/pairing"));
        await (await Form.OpenAsync(editor, $"/admin/skills/{id}/edit")).Set("Input.Slug", "pairing").PostAsync();

        Assert.Equal(("/skills/pairing", HttpStatusCode.OK), await browser.FollowAsync("/skills/pairing"));
        Assert.Equal(("/skills/pairing", HttpStatusCode.OK), await browser.FollowAsync("/skills/pair-work"));
        await using (var db = site.NewDb())
        {
            Assert.False(await db.Redirects.AnyAsync(r => r.FromPath == "/skills/pairing"));
        }
    }

    [Fact]
    public async Task A_new_page_at_an_old_address_takes_it_back_from_the_redirect()
    {
        var editor = await site.EditorAsync();
        await (await Form.OpenAsync(editor, "/admin/skills/new")).Set("Input.Name", "Mob programming").Set("Input.Slug", "mobbing")
            .Set("Input.Kind", "Soft").Set("Input.Summary", "The whole team at one keyboard.").PostAsync();
        await using (var db = site.NewDb())
        {
            var id = await db.Skills.Where(s => s.Slug == "mobbing").Select(s => s.Id).SingleAsync();
            await (await Form.OpenAsync(editor, $"/admin/skills/{id}/edit")).Set("Input.Slug", "mob-programming").PostAsync();
        }
        Assert.Equal("/skills/mob-programming", (await GetAsync("/skills/mobbing")).Headers.Location?.OriginalString);

        await (await Form.OpenAsync(editor, "/admin/skills/new")).Set("Input.Name", "Mobbing at work").Set("Input.Slug", "mobbing")
            .Set("Input.Kind", "Soft").Set("Input.Summary", "Something else entirely.").PostAsync();

        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/skills/mobbing")).StatusCode);
        await using (var db = site.NewDb())
        {
            Assert.False(await db.Redirects.AnyAsync(r => r.FromPath == "/skills/mobbing"));
        }
    }

    /// <summary>A browser's handling of permanent redirects: a 301 is kept and reused without
    /// asking the server, unless the response said <c>Cache-Control: no-cache</c> (or no-store).
    /// Following a redirect it has seen before in one navigation is the loop a browser reports.</summary>
    private sealed class CachingBrowser(HttpClient client)
    {
        private readonly Dictionary<string, string> _remembered = [];

        public async Task<(string Path, HttpStatusCode Status)> FollowAsync(string path)
        {
            var seen = new HashSet<string>();
            while (true)
            {
                Assert.True(seen.Add(path), $"redirect loop at {path}");
                if (_remembered.TryGetValue(path, out var cached))
                {
                    path = cached;
                    continue;
                }
                var response = await client.GetAsync(path);
                if (response.StatusCode != HttpStatusCode.MovedPermanently)
                {
                    return (path, response.StatusCode);
                }
                var location = response.Headers.Location!.OriginalString;
                if (response.Headers.CacheControl is not { NoCache: true } and not { NoStore: true })
                {
                    _remembered[path] = location;
                }
                path = location;
            }
        }
    }
}
