using System.Net;
using CareerPortal.Tests.Admin;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Security;

/// <summary>Finding 7: 300 nested quotes made save and preview answer 500 (input lost) and import
/// crash without file:line.</summary>
[Collection(AdminTests.Name)]
public sealed class DeepMarkdownTests(AdminSite site)
{
    private static readonly string Deep = "Intro line\n\n" + AttackCorpus.DeeplyNestedQuotes + "\n";

    [Fact]
    public async Task Saving_and_previewing_deep_markdown_explain_and_keep_the_text()
    {
        var editor = await site.EditorAsync();
        int id;
        await using (var db = site.NewDb())
        {
            id = await db.GuideSections.Where(s => s.Slug == "overview").Select(s => s.Id).FirstAsync();
        }
        var form = await Form.OpenAsync(editor, $"/admin/sections/{id}/edit");

        var saved = await form.Set("Input.Markdown", Deep).PostAsync();
        var previewed = await (await Form.OpenAsync(editor, $"/admin/sections/{id}/edit")).Set("Input.Markdown", Deep).PostAsync("button[formaction*=Preview]");

        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Contains(MarkdownRenderer.TooDeepMessage, saved.Document.Text("#Input_Markdown-error"), StringComparison.Ordinal);
        Assert.Contains(new string('>', 300), saved.Document.QuerySelector("#Input_Markdown")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, previewed.Status);
        Assert.Contains(MarkdownRenderer.TooDeepMessage, previewed.Document.Text("#preview"), StringComparison.Ordinal);
        await using (var db = site.NewDb())
        {
            Assert.DoesNotContain(">>>>", (await db.GuideSections.SingleAsync(s => s.Id == id)).Markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_live_preview_answers_with_the_problem_not_a_500()
    {
        var editor = await site.EditorAsync();
        int id;
        await using (var db = site.NewDb())
        {
            id = await db.GuideSections.Select(s => s.Id).FirstAsync();
        }
        var form = await Form.OpenAsync(editor, $"/admin/sections/{id}/edit");
        using var content = new FormUrlEncodedContent([new("markdown", Deep), new("__RequestVerificationToken", form.Get("__RequestVerificationToken")!)]);

        var response = await editor.PostAsync($"/admin/sections/{id}/edit?handler=Render", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("flatten it", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_names_the_file_and_line_of_deep_markdown()
    {
        var content = Paths.CopyOf(Paths.FixtureContent);
        try
        {
            var file = Path.Combine(content, "careers", "test-analyst", "sections", "20-interviews.md");
            var text = File.ReadAllText(file);
            File.WriteAllText(file, text.TrimEnd('\n') + "\n\n" + AttackCorpus.DeeplyNestedQuotes + "\n");
            using var app = new TestApp();
            using var scope = app.Services.CreateScope();

            var error = await Assert.ThrowsAsync<ContentException>(() => scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(content));

            var message = Assert.Single(error.Errors);
            var match = System.Text.RegularExpressions.Regex.Match(message, @"^careers/test-analyst/sections/20-interviews\.md:(\d+): ");
            Assert.True(match.Success, message);
            Assert.StartsWith(">>>>", File.ReadAllLines(file)[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1], StringComparison.Ordinal);
            Assert.EndsWith(MarkdownRenderer.TooDeepMessage, message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }
}
