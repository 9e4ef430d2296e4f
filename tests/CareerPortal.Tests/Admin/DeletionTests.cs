using CareerPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Admin;

/// <summary>A record still referenced is not deleted: the page says what uses it, and a forced
/// POST is refused the same way, before the database would refuse it. (A skill, certification or
/// tool in use goes to the trash with its uses instead: see TrashTests.)</summary>
[Collection(AdminTests.Name)]
public sealed class DeletionTests(AdminSite site)
{
    private async Task<(string Page, string Refusal)> RefusedAsync(string segment, int id)
    {
        var editor = await site.EditorAsync();
        var path = $"/admin/{segment}/{id}/delete";
        var page = await editor.GetDocumentAsync(path);
        Assert.Null(page.QuerySelector("main form[method=post]"));

        // Forcing it: a POST with a valid antiforgery token taken from another form.
        var token = (await Form.OpenAsync(editor, "/admin/tools/new")).Get("__RequestVerificationToken")!;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Version", Guid.Empty.ToString())]);
        var forced = await editor.PostAsync(path, content);
        var body = await forced.Content.ReadAsStringAsync();
        Assert.Contains("cannot be deleted", body, StringComparison.Ordinal);
        return (page.Text("main"), page.Text(".refusal"));
    }

    private async Task<int> IdAsync(Func<Web.Data.CareerDb, Task<int>> find)
    {
        await using var db = site.NewDb();
        return await find(db);
    }

    [Fact]
    public async Task A_level_used_by_career_levels_job_titles_and_certifications()
    {
        var id = await IdAsync(db => db.Levels.Where(l => l.Slug == "entry").Select(l => l.Id).SingleAsync());

        var (_, refusal) = await RefusedAsync("levels", id);

        Assert.Contains("of Test Analyst", refusal, StringComparison.Ordinal);
        Assert.Contains("the job title QA Intern of Test Analyst", refusal, StringComparison.Ordinal);
        Assert.Contains("the certification ISTQB FL", refusal, StringComparison.Ordinal);
        await using var db = site.NewDb();
        Assert.True(await db.Levels.AnyAsync(l => l.Id == id));
    }

    [Fact]
    public async Task A_career_another_career_links_to()
    {
        var id = await IdAsync(db => db.Careers.Where(c => c.Slug == "data-steward").Select(c => c.Id).SingleAsync());

        var (_, refusal) = await RefusedAsync("careers", id);

        Assert.Contains("the related careers of Test Analyst", refusal, StringComparison.Ordinal);
        await using var db = site.NewDb();
        Assert.True(await db.Careers.AnyAsync(c => c.Id == id));
    }

    [Fact]
    public async Task Deleting_a_career_says_what_goes_with_it_and_removes_it_from_the_site()
    {
        var editor = await site.EditorAsync();
        var created = await (await Form.OpenAsync(editor, "/admin/careers/new"))
            .Set("Input.Title", "Release Manager").Set("Input.Slug", "release-manager").Set("Input.Summary", "Ships software.")
            .Set("Input.Description", "The release manager career path.").PostAsync();
        var id = int.Parse(created.Path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await (await Form.OpenAsync(editor, $"/admin/job-titles/new?careerId={id}")).Set("Input.Title", "Release Coordinator")
            .Set("Input.Summary", "Plans releases.").PostAsync();   // refused: the career has no stage at a level yet
        await (await Form.OpenAsync(editor, $"/admin/sections/new?careerId={id}")).Set("Input.Title", "Overview").Set("Input.Slug", "overview")
            .Set("Input.Description", "What a release manager does.").Set("Input.Status", "Published").Set("Input.Markdown", "Ships.").PostAsync();
        var visitor = site.Anonymous();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await visitor.GetAsync("/careers/release-manager/guide/overview")).StatusCode);

        var confirm = await Form.OpenAsync(editor, $"/admin/careers/{id}/delete");
        Assert.Contains("1 guide sections", confirm.Page.Text("main"), StringComparison.Ordinal);
        await confirm.PostAsync();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await visitor.GetAsync("/careers/release-manager")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await visitor.GetAsync("/careers/release-manager/guide/overview")).StatusCode);
    }
}
