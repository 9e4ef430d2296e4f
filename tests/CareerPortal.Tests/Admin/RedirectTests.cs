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
        var created = await (await Form.OpenAsync(editor, "/admin/careers/new"))
            .Set("Input.Title", "Scrum Master").Set("Input.Slug", "scrum-master").Set("Input.Summary", "Serves the team.")
            .Set("Input.Description", "The scrum master career path.").PostAsync();
        var id = int.Parse(created.Path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await using (var db = site.NewDb())
        {
            var entry = await db.Levels.Where(l => l.Slug == "entry").Select(l => l.Id).SingleAsync();
            await (await Form.OpenAsync(editor, $"/admin/career-levels/new?careerId={id}")).Set("Input.LevelId", entry.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Set("Input.Title", "Junior Scrum Master").Set("Input.Focus", "Learning the ceremonies.").PostAsync();
        }
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
}
