using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Admin;

/// <summary>An editor's save shows on the public pages at once: they are output-cached, and every
/// admin save evicts them. The public pages are read anonymously (a signed-in request never uses
/// the cache), before the edit (so the old page is cached) and after it.</summary>
[Collection(AdminTests.Name)]
public sealed class PublicChangesTests(AdminSite site)
{
    private async Task EditAndSeeAsync(string adminPath, Action<Form> change, string publicPath, string selector, string expected)
    {
        var visitor = site.Anonymous();
        var before = await visitor.GetDocumentAsync(publicPath);
        Assert.DoesNotContain(expected, before.Body!.TextContent, StringComparison.Ordinal);
        var editor = await site.EditorAsync();
        var form = await Form.OpenAsync(editor, adminPath);
        change(form);

        var result = await form.PostAsync();

        Assert.Null(result.Document.QuerySelector(".error-summary"));
        Assert.Contains(expected, (await visitor.GetDocumentAsync(publicPath)).Text(selector), StringComparison.Ordinal);
    }

    private async Task<int> IdAsync<T>(Func<CareerDb, IQueryable<T>> rows) where T : Entity
    {
        await using var db = site.NewDb();
        return await rows(db).Select(r => r.Id).SingleAsync();
    }

    [Fact]
    public async Task Public_pages_are_cached_until_an_admin_save_evicts_them()
    {
        var visitor = site.Anonymous();
        Assert.Equal("Bug Tracker", (await visitor.GetDocumentAsync("/tools")).Text("#bug-tracker"));
        await using (var db = site.NewDb())
        {
            await db.Tools.Where(t => t.Slug == "bug-tracker").ExecuteUpdateAsync(s => s.SetProperty(t => t.Name, "Changed behind the cache's back"));
        }
        Assert.Equal("Bug Tracker", (await visitor.GetDocumentAsync("/tools")).Text("#bug-tracker"));

        var editor = await site.EditorAsync();
        var id = await IdAsync(db => db.Tools.Where(t => t.Slug == "bug-tracker"));
        await (await Form.OpenAsync(editor, $"/admin/tools/{id}/edit")).Set("Input.Name", "Defect Tracker").PostAsync();

        Assert.Equal("Defect Tracker", (await visitor.GetDocumentAsync("/tools")).Text("#bug-tracker"));
    }

    [Fact]
    public async Task Career_details_and_tools() =>
        await EditAndSeeAsync($"/admin/careers/{await IdAsync(db => db.Careers.Where(c => c.Slug == "test-analyst"))}/edit",
            form => form.Set("Input.Summary", "Finds defects before customers, and says so kindly.")
                .Set("Input.Responsibilities", "Design test cases\nReport defects\nCoach developers on testing"),
            "/careers/test-analyst", "main", "Coach developers on testing");

    [Fact]
    public async Task Years_of_a_career_level() =>
        await EditAndSeeAsync($"/admin/career-levels/{await IdAsync(db => db.CareerLevels.Where(l => l.Career.Slug == "test-analyst" && l.Level.Slug == "senior"))}/edit",
            form => form.Set("Input.MinYears", "7"),
            "/careers/test-analyst/levels/senior", ".page-header", "7+ years");

    [Fact]
    public async Task Career_level_title_focus_typical_roles_and_responsibilities() =>
        await EditAndSeeAsync($"/admin/career-levels/{await IdAsync(db => db.CareerLevels.Where(l => l.Career.Slug == "test-analyst" && l.Level.Slug == "entry"))}/edit",
            form => form.Set("Input.Title", "Graduate Test Analyst").Set("Input.TypicalRoles", "Tester\nGraduate tester")
                .Set("Input.Responsibilities", "Run test scripts\nLog defects\nPair with a senior tester"),
            "/careers/test-analyst/levels/entry", "main", "Pair with a senior tester");

    [Fact]
    public async Task Career_level_skills_and_their_importance()
    {
        var id = await IdAsync(db => db.CareerLevels.Where(l => l.Career.Slug == "test-analyst" && l.Level.Slug == "mid"));
        var patience = await IdAsync(db => db.Skills.Where(s => s.Slug == "patience"));
        var visitor = site.Anonymous();
        Assert.DoesNotContain("Patience", (await visitor.GetDocumentAsync("/careers/test-analyst/levels/mid")).Body!.TextContent, StringComparison.Ordinal);
        var editor = await site.EditorAsync();

        // Without script: Find lists the matches, Add puts one on the form, Save stores it.
        var found = await (await Form.OpenAsync(editor, $"/admin/career-levels/{id}/edit")).Set("SkillSearch", "patien").PostAsync("button[formaction*=FindSkill]");
        var added = await Form.Read(editor, found.Path, found.Document).PostAsync($"button[name=addSkillId][value='{patience}']");
        var form = Form.Read(editor, added.Path, added.Document);
        var index = Enumerable.Range(0, 50).First(i => form.Get($"Input.Skills[{i}].SkillId") == patience.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var saved = await form.Set($"Input.Skills[{index}].Importance", "Useful").PostAsync();

        Assert.Null(saved.Document.QuerySelector(".error-summary")?.TextContent);
        Assert.Contains("Patience", (await visitor.GetDocumentAsync("/careers/test-analyst/levels/mid")).Text("section[aria-labelledby=skills]"), StringComparison.Ordinal);
        await using var db = site.NewDb();
        Assert.Equal(Importance.Useful, (await db.CareerLevelSkills.SingleAsync(s => s.CareerLevelId == id && s.SkillId == patience)).Importance);
    }

    [Fact]
    public async Task Job_title() =>
        await EditAndSeeAsync($"/admin/job-titles/{await IdAsync(db => db.JobTitles.Where(t => t.Title == "Quality Engineer"))}/edit",
            form => form.Set("Input.Summary", "Owns the quality of one product line."),
            "/careers/test-analyst", "section[aria-labelledby=titles]", "Owns the quality of one product line.");

    [Fact]
    public async Task Certification() =>
        await EditAndSeeAsync($"/admin/certifications/{await IdAsync(db => db.Certifications.Where(c => c.Slug == "istqb-fl"))}/edit",
            form => form.Set("Input.Issuer", "International Software Testing Qualifications Board"),
            "/certifications/istqb-fl", "dl.facts", "International Software Testing Qualifications Board");

    [Fact]
    public async Task Tool() =>
        await EditAndSeeAsync($"/admin/tools/{await IdAsync(db => db.Tools.Where(t => t.Slug == "test-runner"))}/edit",
            form => form.Set("Input.Summary", "Runs the automated checks on every commit."),
            "/tools", "main", "Runs the automated checks on every commit.");

    [Fact]
    public async Task Specialization() =>
        await EditAndSeeAsync($"/admin/specializations/{await IdAsync(db => db.Specializations.Where(s => s.Slug == "performance"))}/edit",
            form => form.Set("Input.Name", "Performance and Load Tester"),
            "/careers/test-analyst", "section[aria-labelledby=specializations]", "Performance and Load Tester");

    [Fact]
    public async Task Related_career() =>
        await EditAndSeeAsync($"/admin/related-careers/{await IdAsync(db => db.CareerRelations.Where(r => r.Career.Slug == "test-analyst"))}/edit",
            form => form.Set("Input.Note", "Guards the quality of data rather than software."),
            "/careers/test-analyst", "section[aria-labelledby=related]", "Guards the quality of data rather than software.");

    [Fact]
    public async Task Advancement_tier() =>
        await EditAndSeeAsync($"/admin/advancement-tiers/{await IdAsync(db => db.Advancements.Where(a => a.Tier == "Director roles"))}/edit",
            form => form.Set("Input.Options", "Director of Quality\nVP Engineering"),
            "/careers/test-analyst", "section[aria-labelledby=beyond]", "VP Engineering");

    [Fact]
    public async Task Guide_section_and_a_new_revision_by_its_author()
    {
        var id = await IdAsync(db => db.GuideSections.Where(s => s.Slug == "interviews"));
        await EditAndSeeAsync($"/admin/sections/{id}/edit",
            form => form.Set("Input.Markdown", "## Questions to expect\n\nExpect **scenario** questions.\n\n- How would you test a lift?"),
            "/careers/test-analyst/guide/interviews", "article", "How would you test a lift?");

        await using var db = site.NewDb();
        var section = await db.GuideSections.SingleAsync(s => s.Id == id);
        Assert.Contains("<strong>scenario</strong>", section.Html, StringComparison.Ordinal);
        var revision = await db.Revisions.Where(r => r.Kind == "sections" && r.RecordId == id).OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal(AdminSite.EditorEmail, revision.Author);
        Assert.Contains("How would you test a lift?", revision.Snapshot, StringComparison.Ordinal);
    }
}
