using CareerPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Admin;

/// <summary>A stale save is merged field by field against the version the form started from:
/// nothing either editor typed is lost, and only fields both changed are put to the editor.</summary>
[Collection(AdminTests.Name)]
public sealed class MergeTests(AdminSite site)
{
    private async Task<string> NewSectionAsync(string slug)
    {
        await using var db = site.NewDb();
        var career = await db.Careers.SingleAsync(c => c.Slug == "test-analyst");
        var section = new Web.Data.GuideSection { CareerId = career.Id, Slug = slug, Title = "Daily work", Description = "What a day of the job holds.", Order = 900, Markdown = "First paragraph.", Html = "<p>First paragraph.</p>" };
        db.GuideSections.Add(section);
        await db.SaveChangesAsync();
        return $"/admin/sections/{section.Id}/edit";
    }

    [Fact]
    public async Task Their_title_and_description_and_my_paragraph_are_all_kept()
    {
        var path = await NewSectionAsync("merge-scenario");
        var a = await Form.OpenAsync(await site.AdminAsync(), path);
        var b = await Form.OpenAsync(await site.EditorAsync(), path);
        await a.Set("Input.Title", "A day in the job").Set("Input.Description", "What a test analyst does from morning to evening.").PostAsync();

        var result = await b.Set("Input.Markdown", "First paragraph.\r\n\r\nA paragraph added by B.").PostAsync();

        Assert.Null(result.Document.QuerySelector(".error-summary"));
        Assert.Contains("Another editor's changes to Title, Description were kept", result.Document.Text(".notice"), StringComparison.Ordinal);
        await using var db = site.NewDb();
        var saved = await db.GuideSections.SingleAsync(s => s.Slug == "merge-scenario");
        Assert.Equal("A day in the job", saved.Title);
        Assert.Equal("What a test analyst does from morning to evening.", saved.Description);
        Assert.Equal("First paragraph.\r\n\r\nA paragraph added by B.", saved.Markdown);
        Assert.Equal(AdminSite.EditorEmail, saved.UpdatedBy);
    }

    [Fact]
    public async Task A_field_both_changed_is_shown_side_by_side_with_who_and_either_can_be_kept()
    {
        var path = await NewSectionAsync("merge-conflict");
        var a = await Form.OpenAsync(await site.AdminAsync(), path);
        var b = await Form.OpenAsync(await site.EditorAsync(), path);
        await a.Set("Input.Title", "Their title").Set("Input.Markdown", "First paragraph, rewritten by A.").PostAsync();

        var result = await b.Set("Input.Description", "My description of the daily work.").Set("Input.Markdown", "First paragraph, extended by B.").PostAsync();

        Assert.Contains("one field differs", result.Document.Text(".error-summary"), StringComparison.Ordinal);
        var conflicts = result.Document.QuerySelector(".conflicts")!;
        Assert.Contains(AdminSite.AdminEmail, conflicts.TextContent, StringComparison.Ordinal);
        Assert.Single(result.Document.QuerySelectorAll(".conflict"));
        Assert.Contains("rewritten by A", conflicts.TextContent, StringComparison.Ordinal);
        Assert.Contains("extended by B", conflicts.TextContent, StringComparison.Ordinal);
        Assert.Contains(conflicts.QuerySelectorAll("mark"), m => m.TextContent.Contains("rewritten", StringComparison.Ordinal));
        // Their title (only they changed it) is in the form already; my text is kept in the form.
        Assert.Equal("Their title", result.Document.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal("First paragraph, extended by B.", result.Document.QuerySelector("#Input_Markdown")!.TextContent.Trim());
        await using (var db = site.NewDb())
        {
            Assert.Equal("First paragraph, rewritten by A.", (await db.GuideSections.SingleAsync(s => s.Slug == "merge-conflict")).Markdown);
        }

        // Taking theirs for the text keeps my description and their title.
        await Form.Read(await site.EditorAsync(), path, result.Document).Set("Take.Markdown", "theirs").PostAsync();
        await using (var db = site.NewDb())
        {
            var saved = await db.GuideSections.SingleAsync(s => s.Slug == "merge-conflict");
            Assert.Equal(("Their title", "My description of the daily work.", "First paragraph, rewritten by A."), (saved.Title, saved.Description, saved.Markdown));
        }
    }
}
