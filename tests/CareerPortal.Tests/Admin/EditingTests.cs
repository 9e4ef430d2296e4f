using System.Net;
using AngleSharp.Dom;
using CareerPortal.Tests.Infrastructure;

namespace CareerPortal.Tests.Admin;

/// <summary>The same checks over every kind of record (see <see cref="Kind"/>): create and delete,
/// invalid input, and a stale form.</summary>
[Collection(AdminTests.Name)]
public sealed class EditingTests(AdminSite site)
{
    private static string Marker() => "t" + Guid.NewGuid().ToString("N")[..10];

    private async Task<Form> NewFormAsync(HttpClient client, Kind kind, string marker)
    {
        await using var db = site.NewDb();
        var (query, fields) = await kind.New(db, marker);
        var form = await Form.OpenAsync(client, $"/admin/{kind.Segment}/new{query}");
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }
        return form;
    }

    private static string FieldValue(IDocument page, string name)
    {
        var control = page.QuerySelector($"[name='{name}']") ?? throw new Xunit.Sdk.XunitException($"no field {name}");
        return control.TagName == "TEXTAREA" ? control.TextContent.Trim() : control.GetAttribute("value") ?? "";
    }

    [Theory]
    [MemberData(nameof(Kind.Names), MemberType = typeof(Kind))]
    public async Task A_record_can_be_created_and_deleted_with_a_confirmation(string name)
    {
        var kind = Kind.All[name];
        var editor = await site.EditorAsync();
        var marker = Marker();

        var created = await (await NewFormAsync(editor, kind, marker)).PostAsync();

        Assert.True(created.Document.QuerySelector(".error-summary") is null, created.Document.QuerySelector(".error-summary")?.TextContent);
        Assert.Contains("Saved", created.Document.Text(".notice"), StringComparison.Ordinal);
        int id;
        await using (var db = site.NewDb())
        {
            id = await kind.Find(db, marker) ?? throw new Xunit.Sdk.XunitException($"{name} {marker} was not created");
        }

        var confirm = await Form.OpenAsync(editor, $"/admin/{kind.Segment}/{id}/delete");
        Assert.Contains("moves it to the trash", confirm.Page.Text("main"), StringComparison.Ordinal);
        await using (var db = site.NewDb())
        {
            Assert.NotNull(await kind.Find(db, marker));   // asking deletes nothing
        }
        var deleted = await confirm.PostAsync();

        Assert.Contains("to the trash", deleted.Document.Text(".notice"), StringComparison.Ordinal);
        await using (var db = site.NewDb())
        {
            Assert.Null(await kind.Find(db, marker));
        }
    }

    [Theory]
    [MemberData(nameof(Kind.Names), MemberType = typeof(Kind))]
    public async Task Invalid_input_shows_the_error_next_to_its_field_and_keeps_what_was_typed(string name)
    {
        var kind = Kind.All[name];
        var editor = await site.EditorAsync();
        var marker = Marker();
        var form = await NewFormAsync(editor, kind, marker);
        var kept = FieldValue(form.Page, kind.KeptField) is { Length: > 0 } value && kind.KeptField.EndsWith("Markdown", StringComparison.Ordinal) ? value : $"Kept {marker}";

        var result = await form.Set(kind.RequiredField, "").Set(kind.KeptField, kept).PostAsync();

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var id = kind.RequiredField.Replace('.', '_');
        Assert.NotEmpty(result.Document.Text($"#{id}-error"));
        Assert.Contains($"{id}-error", result.Document.QuerySelector($"#{id}")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.NotNull(result.Document.QuerySelector($".error-summary a[href='#{id}']"));
        Assert.Equal(kept, FieldValue(result.Document, kind.KeptField));
        await using var db = site.NewDb();
        Assert.Null(await kind.Find(db, marker));
    }

    [Theory]
    [MemberData(nameof(Kind.Names), MemberType = typeof(Kind))]
    public async Task A_stale_form_is_refused_with_their_version_shown_and_my_input_kept(string name)
    {
        var kind = Kind.All[name];
        int id;
        await using (var db = site.NewDb())
        {
            id = await kind.Existing(db);
        }
        var path = $"/admin/{kind.Segment}/{id}/edit";
        var mine = await Form.OpenAsync(await site.EditorAsync(), path);
        var theirs = await Form.OpenAsync(await site.AdminAsync(), path);
        var marker = Marker();
        var saved = await theirs.Set(kind.ConflictField, $"Theirs {marker}").PostAsync();
        Assert.Null(saved.Document.QuerySelector(".error-summary"));

        var result = await mine.Set(kind.ConflictField, $"Mine {marker}").PostAsync();

        Assert.Contains("Someone else changed this", result.Document.Text(".error-summary"), StringComparison.Ordinal);
        // The flow's side-by-side choice, or the older pages' list of their version.
        Assert.Contains($"Theirs {marker}", (result.Document.QuerySelector(".conflicts") ?? result.Document.QuerySelector(".theirs"))?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"Mine {marker}", FieldValue(result.Document, kind.ConflictField));
        await using (var db = site.NewDb())
        {
            Assert.Equal($"Theirs {marker}", await kind.Read(db, id));
        }
    }

    [Fact]
    public void Every_kind_the_admin_lists_has_its_test_data() =>
        Assert.Equal(Web.Areas.Admin.AdminKinds.All.Select(k => k.Segment).Order(), Kind.All.Keys.Order());

    [Theory]
    [MemberData(nameof(Kind.Names), MemberType = typeof(Kind))]
    public async Task A_stale_delete_is_refused(string name)
    {
        var kind = Kind.All[name];
        var editor = await site.EditorAsync();
        var marker = Marker();
        await (await NewFormAsync(editor, kind, marker)).PostAsync();
        int id;
        await using (var db = site.NewDb())
        {
            id = await kind.Find(db, marker) ?? throw new Xunit.Sdk.XunitException($"{name} {marker} was not created");
        }
        var confirm = await Form.OpenAsync(editor, $"/admin/{kind.Segment}/{id}/delete");
        var changed = await (await Form.OpenAsync(await site.AdminAsync(), $"/admin/{kind.Segment}/{id}/edit")).Set(kind.ConflictField, $"Changed meanwhile {marker}").PostAsync();
        Assert.Null(changed.Document.QuerySelector(".error-summary"));

        var result = await confirm.PostAsync();

        Assert.Contains("changed or deleted this since you opened", result.Document.Text(".error-summary"), StringComparison.Ordinal);
        await using (var db = site.NewDb())
        {
            Assert.Equal($"Changed meanwhile {marker}", await kind.Read(db, id));   // still there, as they left it
        }

        // The refusal shows the current version: confirming again deletes it.
        await Form.Read(editor, $"/admin/{kind.Segment}/{id}/delete", result.Document).PostAsync();
        await using (var db = site.NewDb())
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => kind.Read(db, id));
        }
    }
}
