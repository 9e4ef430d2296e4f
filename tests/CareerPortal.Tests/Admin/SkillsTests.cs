using System.Net;
using CareerPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Admin;

[Collection(AdminTests.Name)]
public sealed class SkillsTests(AdminSite site)
{
    private async Task<int> IdOf(string slug)
    {
        await using var db = site.NewDb();
        return await db.Skills.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync();
    }

    [Fact]
    public async Task Editing_a_skill_shows_on_its_public_page_at_once()
    {
        var editor = await site.EditorAsync();
        var visitor = site.Anonymous();
        var before = await visitor.GetDocumentAsync("/skills/patience");   // now in the output cache
        Assert.Equal("Patience", before.Text("h1"));

        var result = await (await Form.OpenAsync(editor, $"/admin/skills/{await IdOf("patience")}/edit"))
            .Set("Input.Name", "Patience under pressure").Set("Input.KeySkills", "Breathing\nWaiting").PostAsync();

        Assert.Equal("/admin/skills", result.Path);
        Assert.Contains("Saved the skill Patience under pressure", result.Document.Text(".notice"));
        var after = await visitor.GetDocumentAsync("/skills/patience");
        Assert.Equal("Patience under pressure", after.Text("h1"));
        Assert.Contains("Waiting", after.Text("main"));
    }

    [Fact]
    public async Task Invalid_input_shows_errors_next_to_the_fields_and_keeps_the_input()
    {
        var editor = await site.EditorAsync();

        var result = await (await Form.OpenAsync(editor, "/admin/skills/new"))
            .Set("Input.Name", "").Set("Input.Slug", "Not A Slug").Set("Input.Summary", "Kept summary").PostAsync();

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var page = result.Document;
        Assert.Contains("Enter a name", page.Text("#Input_Name-error"));
        Assert.Contains("lower-case", page.Text("#Input_Slug-error"));
        Assert.Equal("Input_Slug-hint Input_Slug-error", page.QuerySelector("#Input_Slug")!.GetAttribute("aria-describedby"));
        Assert.Equal("true", page.QuerySelector("#Input_Slug")!.GetAttribute("aria-invalid"));
        Assert.Equal("Not A Slug", page.QuerySelector("#Input_Slug")!.GetAttribute("value"));
        Assert.Equal("Kept summary", page.QuerySelector("#Input_Summary")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#Input_Slug']"));
    }

    [Fact]
    public async Task A_stale_form_gets_the_conflict_message_and_overwrites_nothing()
    {
        var first = await site.EditorAsync();
        var second = await site.AdminAsync();
        var path = $"/admin/skills/{await IdOf("test-design")}/edit";
        var mine = await Form.OpenAsync(first, path);
        var theirs = await Form.OpenAsync(second, path);
        await theirs.Set("Input.Summary", "Their summary").PostAsync();

        var result = await mine.Set("Input.Summary", "My summary").PostAsync();

        Assert.Contains("Someone else changed this", result.Document.Text(".error-summary"));
        Assert.Contains("Their summary", result.Document.Text(".conflicts"));
        Assert.Equal("My summary", result.Document.QuerySelector("#Input_Summary")!.TextContent.Trim());
        await using (var db = site.NewDb())
        {
            Assert.Equal("Their summary", (await db.Skills.SingleAsync(s => s.Slug == "test-design")).Summary);
        }

        // Having seen theirs, keeping mine (the default choice) and saving again is deliberate and wins.
        var again = await Form.Read(first, path, result.Document).PostAsync();
        Assert.Equal("/admin/skills", again.Path);
        await using (var db = site.NewDb())
        {
            Assert.Equal("My summary", (await db.Skills.SingleAsync(s => s.Slug == "test-design")).Summary);
        }
    }

    [Fact]
    public async Task A_skill_used_by_a_level_says_which_links_go_to_the_trash_with_it()
    {
        var editor = await site.EditorAsync();
        var path = $"/admin/skills/{await IdOf("defect-triage")}/delete";

        var page = await editor.GetDocumentAsync(path);

        Assert.Null(page.QuerySelector(".refusal"));
        Assert.Contains("Senior Test Analyst of Test Analyst", page.Text("main"));
        Assert.NotNull(page.QuerySelector("main form[method=post]"));
        await using var db = site.NewDb();
        Assert.True(await db.Skills.AnyAsync(s => s.Slug == "defect-triage"));
    }

    [Fact]
    public async Task A_new_skill_can_be_created_renamed_with_a_redirect_and_deleted()
    {
        var editor = await site.EditorAsync();
        var created = await (await Form.OpenAsync(editor, "/admin/skills/new"))
            .Set("Input.Name", "Exploratory testing").Set("Input.Slug", "exploratory").Set("Input.Kind", "Technical")
            .Set("Input.Summary", "Learning the product while testing it.").PostAsync();
        Assert.Equal("/admin/skills", created.Path);
        Assert.Equal("Exploratory testing", (await editor.GetDocumentAsync("/skills/exploratory")).Text("h1"));
        var id = await IdOf("exploratory");

        await (await Form.OpenAsync(editor, $"/admin/skills/{id}/edit")).Set("Input.Slug", "exploratory-testing").PostAsync();

        var anonymous = site.Anonymous();
        var moved = await anonymous.GetAsync("/skills/exploratory");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/skills/exploratory-testing", moved.Headers.Location?.OriginalString);

        var deleted = await (await Form.OpenAsync(editor, $"/admin/skills/{id}/delete")).PostAsync();
        Assert.Equal("/admin/skills", deleted.Path);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/skills/exploratory-testing")).StatusCode);
    }

    [Fact]
    public async Task The_list_searches_and_pages()
    {
        var editor = await site.EditorAsync();

        var page = await editor.GetDocumentAsync("/admin/skills?q=TRIAGE");

        Assert.Equal(["Defect triage"], page.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()));
        Assert.Contains("1 found", page.Text(".pager"));
    }
}
