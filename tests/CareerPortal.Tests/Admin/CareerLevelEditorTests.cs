using CareerPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Admin;

/// <summary>One page edits everything about one level of one career, and what it changes belongs
/// to that career only.</summary>
[Collection(AdminTests.Name)]
public sealed class CareerLevelEditorTests(AdminSite site)
{
    /// <summary>A new career with a stage at the catalog's mid level; returns the stage's id.</summary>
    private async Task<int> NewCareerAtMidAsync(string title, string slug)
    {
        var careerId = await site.NewCareerAsync(title, slug, "mid");
        await using var db = site.NewDb();
        return await db.CareerLevels.Where(l => l.CareerId == careerId).Select(l => l.Id).SingleAsync();
    }

    [Fact]
    public async Task A_new_career_level_starts_from_the_catalog_years_and_changing_one_careers_years_leaves_the_others()
    {
        var first = await NewCareerAtMidAsync("Release Manager", "release-manager");
        var second = await NewCareerAtMidAsync("Change Analyst", "change-analyst");
        var anonymous = site.Anonymous();
        // The fixture's catalog suggests 3-6 years for the mid level.
        Assert.Contains("3-6 years", (await anonymous.GetDocumentAsync("/careers/change-analyst/levels/mid")).Text(".page-header"));

        var editor = await site.EditorAsync();
        var saved = await (await Form.OpenAsync(editor, $"/admin/career-levels/{first}/edit"))
            .Set("Input.MinYears", "5").Set("Input.MaxYears", "9").PostAsync();

        Assert.DoesNotContain("error-summary", saved.Document.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("5-9 years", (await anonymous.GetDocumentAsync("/careers/release-manager/levels/mid")).Text(".page-header"));
        Assert.Contains("3-6 years", (await anonymous.GetDocumentAsync("/careers/change-analyst/levels/mid")).Text(".page-header"));
        await using var db = site.NewDb();
        var years = await db.CareerLevels.Where(l => l.Id == first || l.Id == second).OrderBy(l => l.Id).Select(l => new { l.MinYears, l.MaxYears }).ToListAsync();
        Assert.Equal(((int?)5, (int?)9), (years[0].MinYears, years[0].MaxYears));
        Assert.Equal(((int?)3, (int?)6), (years[1].MinYears, years[1].MaxYears));
        var catalog = await db.Levels.Where(l => l.Slug == "mid").SingleAsync();
        Assert.Equal(((int?)3, (int?)6), (catalog.MinYears, catalog.MaxYears));
    }

    [Fact]
    public async Task Job_titles_at_the_level_are_added_changed_and_removed_on_the_same_page()
    {
        var stage = await NewCareerAtMidAsync("Cloud Architect", "cloud-architect");
        var editor = await site.EditorAsync();
        await (await Form.OpenAsync(editor, $"/admin/career-levels/{stage}/edit"))
            .Set("Input.NewTitle", "Solutions Architect").Set("Input.NewTitleSummary", "Designs whole systems.").PostAsync();
        await (await Form.OpenAsync(editor, $"/admin/career-levels/{stage}/edit"))
            .Set("Input.NewTitle", "Cloud Engineer").Set("Input.NewTitleSummary", "Runs the platform.").PostAsync();
        Assert.Contains("Solutions Architect", (await site.Anonymous().GetDocumentAsync("/careers/cloud-architect/levels/mid")).Body!.TextContent, StringComparison.Ordinal);

        var form = await Form.OpenAsync(editor, $"/admin/career-levels/{stage}/edit");
        Assert.Equal(["Solutions Architect", "Cloud Engineer"], [form.Get("Input.Titles[0].Title")!, form.Get("Input.Titles[1].Title")!]);
        var duplicate = await form.Set("Input.Titles[1].Title", "solutions architect").PostAsync();
        Assert.Contains("already has a job title with this name", duplicate.Document.QuerySelector("#Input_Titles_1__Title-error")?.TextContent, StringComparison.Ordinal);

        await (await Form.OpenAsync(editor, $"/admin/career-levels/{stage}/edit"))
            .Set("Input.Titles[0].Title", "Principal Architect").Set("Input.Titles[1].Remove", "true").PostAsync();

        await using var db = site.NewDb();
        Assert.Equal(["Principal Architect"], await db.JobTitles.Where(t => t.Career.Slug == "cloud-architect").Select(t => t.Title).ToListAsync());
        var page = (await site.Anonymous().GetDocumentAsync("/careers/cloud-architect/levels/mid")).Body!.TextContent;
        Assert.Contains("Principal Architect", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Cloud Engineer", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_save_of_the_level_is_refused_and_keeps_the_input()
    {
        var stage = await NewCareerAtMidAsync("Platform Owner", "platform-owner");
        var editor = await site.EditorAsync();
        var stale = await Form.OpenAsync(editor, $"/admin/career-levels/{stage}/edit");
        await (await Form.OpenAsync(editor, $"/admin/career-levels/{stage}/edit")).Set("Input.Focus", "Theirs.").PostAsync();

        var refused = await stale.Set("Input.Focus", "Mine.").PostAsync();

        Assert.NotNull(refused.Document.QuerySelector(".error-summary"));
        Assert.Equal("Mine.", refused.Document.QuerySelector("#Input_Focus")?.TextContent);
        await using var db = site.NewDb();
        Assert.Equal("Theirs.", await db.CareerLevels.Where(l => l.Id == stage).Select(l => l.Focus).SingleAsync());
    }

    [Fact]
    public async Task The_skill_search_answers_matching_catalog_skills_as_json_for_the_script()
    {
        var stage = await NewCareerAtMidAsync("Support Lead", "support-lead");
        var editor = await site.EditorAsync();

        var json = await editor.GetStringAsync($"/admin/career-levels/{stage}/edit?handler=SkillMatches&q=PATIEN");

        Assert.Contains("\"name\":\"Patience", json, StringComparison.Ordinal);
        Assert.Equal("[]", await editor.GetStringAsync($"/admin/career-levels/{stage}/edit?handler=SkillMatches&q=no-such-skill"));
    }
}
