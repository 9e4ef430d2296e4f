using System.Net;
using CareerPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Admin;

[Collection(AdminTests.Name)]
public sealed class SectionEditorTests(AdminSite site)
{
    private async Task<int> OverviewAsync()
    {
        await using var db = site.NewDb();
        return await db.GuideSections.Where(s => s.Slug == "overview" && s.Career.Slug == "test-analyst").Select(s => s.Id).SingleAsync();
    }

    [Fact]
    public async Task A_link_to_a_page_that_does_not_exist_is_a_field_error_and_a_good_one_is_stored_from_the_root()
    {
        var editor = await site.EditorAsync();
        var id = await OverviewAsync();
        var refused = await (await Form.OpenAsync(editor, $"/admin/sections/{id}/edit"))
            .Set("Input.Markdown", "Fine.\n\nSee [the astronaut level](../levels/astronaut) and [the ladder](/careers/test-analyst#nowhere).").PostAsync();

        var summary = refused.Document.QuerySelector(".error-summary")?.TextContent ?? "";
        Assert.Contains("Line 3: the link '../levels/astronaut' goes nowhere: /careers/test-analyst/levels/astronaut is not a page of this site", summary, StringComparison.Ordinal);

        var original = "";
        await using (var db = site.NewDb())
        {
            original = await db.GuideSections.Where(s => s.Id == id).Select(s => s.Markdown).SingleAsync();
        }
        var saved = await (await Form.OpenAsync(editor, $"/admin/sections/{id}/edit"))
            .Set("Input.Markdown", original + "\n\nNext: [the mid level](../levels/mid) and [the ladder](/careers/test-analyst#ladder).").PostAsync();
        Assert.Null(saved.Document.QuerySelector(".error-summary"));
        var page = await site.Anonymous().GetDocumentAsync("/careers/test-analyst/guide/overview");
        Assert.NotNull(page.QuerySelector("main a[href='/careers/test-analyst/levels/mid']"));
        await (await Form.OpenAsync(editor, $"/admin/sections/{id}/edit")).Set("Input.Markdown", original).PostAsync();
    }

    [Fact]
    public async Task The_editor_shows_the_stored_text_its_preview_the_live_preview_script_and_a_link_to_its_history()
    {
        var editor = await site.EditorAsync();
        var id = await OverviewAsync();

        var page = await editor.GetDocumentAsync($"/admin/sections/{id}/edit");

        var textarea = page.QuerySelector("textarea#Input_Markdown")!;
        Assert.Contains("## A day in testing", textarea.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/admin/sections/{id}/edit?handler=Render", textarea.GetAttribute("data-preview-url"));
        Assert.Equal("preview", textarea.GetAttribute("data-preview-target"));
        Assert.NotNull(page.QuerySelector("#preview table"));
        Assert.StartsWith("/js/admin-preview", page.QuerySelector("script[src*=admin-preview]")?.GetAttribute("src"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/admin/history/sections/{id}']"));
        Assert.Equal("published", page.QuerySelector("#Input_Status option[selected]")?.GetAttribute("value")?.ToLowerInvariant());
    }

    [Fact]
    public async Task The_preview_button_renders_without_script_saves_nothing_and_the_form_still_saves()
    {
        var editor = await site.EditorAsync();
        int id;
        await using (var db = site.NewDb())
        {
            id = await db.GuideSections.Where(s => s.Slug == "interviews").Select(s => s.Id).SingleAsync();
        }
        var form = await Form.OpenAsync(editor, $"/admin/sections/{id}/edit");

        var result = await form.Set("Input.Markdown", "## Draft heading\n\n[bad](javascript:alert(1)) and **bold**").PostAsync("button[formaction*=Preview]");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Draft heading", result.Document.Text("#preview h2"));
        Assert.NotNull(result.Document.QuerySelector("#preview strong"));
        Assert.DoesNotContain("javascript:", result.Document.QuerySelector("#preview")!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("## Draft heading", result.Document.QuerySelector("#Input_Markdown")!.TextContent, StringComparison.Ordinal);
        await using (var db = site.NewDb())
        {
            Assert.DoesNotContain("Draft heading", (await db.GuideSections.SingleAsync(s => s.Id == id)).Markdown, StringComparison.Ordinal);
        }

        // Saving from the previewed page saves (the form does not post back to the Preview handler).
        var saved = await Form.Read(editor, result.Path, result.Document).PostAsync();
        Assert.Equal($"/admin/sections/{id}/edit", saved.Path);
        Assert.Contains("Saved the section", saved.Document.Text(".notice"), StringComparison.Ordinal);
        await using (var db = site.NewDb())
        {
            Assert.Contains("Draft heading", (await db.GuideSections.SingleAsync(s => s.Id == id)).Markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_live_preview_handler_returns_sanitized_html_and_needs_the_antiforgery_token()
    {
        var editor = await site.EditorAsync();
        var id = await OverviewAsync();
        var form = await Form.OpenAsync(editor, $"/admin/sections/{id}/edit");
        var url = form.Page.QuerySelector("#Input_Markdown")!.GetAttribute("data-preview-url")!;

        using var content = new FormUrlEncodedContent([
            new("markdown", "# Hi\n\n<script>alert(1)</script> [x](javascript:alert(1)){onclick=alert(1)}"),
            new("__RequestVerificationToken", form.Get("__RequestVerificationToken")!)]);
        var response = await editor.PostAsync(url, content);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 id=\"text-hi\">Hi</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        var fragment = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Empty(fragment.QuerySelectorAll("[onclick], script"));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());

        using var forged = new FormUrlEncodedContent([new("markdown", "# Hi")]);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.PostAsync(url, forged)).StatusCode);
    }

    [Fact]
    public async Task A_draft_stays_off_the_public_site_until_published()
    {
        var editor = await site.EditorAsync();
        int career;
        await using (var db = site.NewDb())
        {
            career = await db.Careers.Where(c => c.Slug == "test-analyst").Select(c => c.Id).SingleAsync();
        }
        var created = await (await Form.OpenAsync(editor, $"/admin/sections/new?careerId={career}")).Set("Input.Title", "Tools of the trade")
            .Set("Input.Slug", "tools-of-the-trade").Set("Input.Description", "Which tools test analysts use every day.")
            .Set("Input.Status", "Draft").Set("Input.Markdown", "Trackers and runners.").PostAsync();
        Assert.Contains("as a draft", created.Document.Text(".notice"), StringComparison.Ordinal);
        var visitor = site.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/careers/test-analyst/guide/tools-of-the-trade")).StatusCode);

        await Form.Read(editor, created.Path, created.Document).Set("Input.Status", "Published").PostAsync();

        var page = await visitor.GetDocumentAsync("/careers/test-analyst/guide/tools-of-the-trade");
        Assert.Equal("Tools of the trade", page.Text("h1"));
        Assert.NotNull((await visitor.GetDocumentAsync("/careers/test-analyst")).QuerySelector("a[href='/careers/test-analyst/guide/tools-of-the-trade']"));
    }
}
