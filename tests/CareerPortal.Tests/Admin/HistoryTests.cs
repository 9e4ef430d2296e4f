using AngleSharp.Dom;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Admin;

/// <summary>Every kind (see <see cref="Kind"/>) keeps a full revision per save, compares two side by
/// side and restores one as a new revision; and every kind goes to the trash and comes back.</summary>
[Collection(AdminTests.Name)]
public sealed class HistoryTests(AdminSite site)
{
    private static string Marker() => "h" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Creates a record through its form, then changes its <see cref="Kind.ConflictField"/>: its id and the value before the change.</summary>
    private async Task<(int Id, string Before)> CreateAndChangeAsync(Kind kind, string marker, string changed)
    {
        var editor = await site.EditorAsync();
        await using var db = site.NewDb();
        var (query, fields) = await kind.New(db, marker);
        var form = await Form.OpenAsync(editor, $"/admin/{kind.Segment}/new{query}");
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }
        var created = await form.PostAsync();
        Assert.True(created.Document.QuerySelector(".error-summary") is null, created.Document.QuerySelector(".error-summary")?.TextContent);
        var id = await kind.Find(db, marker) ?? throw new Xunit.Sdk.XunitException($"{kind} {marker} was not created");
        var before = await kind.Read(db, id);
        var saved = await (await Form.OpenAsync(editor, $"/admin/{kind.Segment}/{id}/edit")).Set(kind.ConflictField, changed).PostAsync();
        Assert.True(saved.Document.QuerySelector(".error-summary") is null, saved.Document.QuerySelector(".error-summary")?.TextContent);
        return (id, before);
    }

    private async Task<List<Revision>> RevisionsAsync(string segment, int id)
    {
        await using var db = site.NewDb();
        return await db.Revisions.AsNoTracking().Where(r => r.Kind == segment && r.RecordId == id).OrderBy(r => r.Id).ToListAsync();
    }

    [Theory]
    [MemberData(nameof(Kind.Names), MemberType = typeof(Kind))]
    public async Task Two_revisions_are_compared_and_the_older_restored_as_a_new_revision(string name)
    {
        var kind = Kind.All[name];
        var marker = Marker();
        var (id, before) = await CreateAndChangeAsync(kind, marker, $"Changed {marker}");
        var editor = await site.EditorAsync();

        var history = await editor.GetDocumentAsync($"/admin/history/{name}/{id}");
        Assert.Equal(2, history.QuerySelectorAll("main tbody tr").Length);
        Assert.Contains("Created.", history.Text("main tbody"), StringComparison.Ordinal);
        var compare = await editor.GetDocumentAsync($"/admin/history/{name}/{id}/compare");
        Assert.Contains("Changed", string.Join(" ", compare.QuerySelectorAll(".compare tr.changed ins").Select(e => e.TextContent)), StringComparison.Ordinal);
        Assert.Contains(compare.QuerySelectorAll(".compare tr.changed td:last-child"), cell => cell.TextContent.Contains($"Changed {marker}", StringComparison.Ordinal));
        var revisions = await RevisionsAsync(name, id);
        Assert.Equal(2, revisions.Count);
        Assert.All(revisions, r => Assert.Equal(AdminSite.EditorEmail, r.Author));

        var restored = await Form.Read(editor, $"/admin/history/{name}/{id}/compare", compare, "main form[action*='handler=Restore']").Set("revision", revisions[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).PostAsync();

        Assert.Contains("Restored", restored.Document.Text(".notice"), StringComparison.Ordinal);
        await using var db = site.NewDb();
        Assert.Equal(before, await kind.Read(db, id));
        var after = await RevisionsAsync(name, id);
        Assert.Equal(3, after.Count);
        Assert.Equal(RevisionEvent.Restored, after[^1].Event);
        Assert.Equal(revisions.Select(r => r.Snapshot), after.Take(2).Select(r => r.Snapshot));   // history is never rewritten
        Assert.Equal(revisions[0].Snapshot, after[^1].Snapshot);
        await DeleteAsync(name, id);   // frees its place (one stage per career and level)
    }

    private async Task DeleteAsync(string segment, int id) =>
        await (await Form.OpenAsync(await site.EditorAsync(), $"/admin/{segment}/{id}/delete")).PostAsync();

    [Theory]
    [MemberData(nameof(Kind.Names), MemberType = typeof(Kind))]
    public async Task A_deleted_record_is_restored_from_the_trash_with_its_history(string name)
    {
        var kind = Kind.All[name];
        var marker = Marker();
        var (id, _) = await CreateAndChangeAsync(kind, marker, $"Kept {marker}");
        var editor = await site.EditorAsync();
        await DeleteAsync(name, id);
        await using (var db = site.NewDb())
        {
            Assert.Null(await Web.Areas.Admin.AdminKinds.BySegment(name)!.History.TakeAsync(db, id, default));   // the row is gone
        }
        var deletion = (await RevisionsAsync(name, id))[^1];
        Assert.Equal(RevisionEvent.Deleted, deletion.Event);
        var trash = await Form.OpenAsync(editor, "/admin/trash", "main form[action*='handler=Restore']");
        Assert.Contains(deletion.Title, trash.Page.Text("main table"), StringComparison.Ordinal);

        var restored = await trash.Set("revision", deletion.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).PostAsync();

        Assert.Contains("from the trash", restored.Document.Text(".notice"), StringComparison.Ordinal);
        await using var after = site.NewDb();
        var newId = await after.Revisions.Where(r => r.Kind == name && r.Event == RevisionEvent.Undeleted).OrderByDescending(r => r.Id).Select(r => r.RecordId).FirstAsync();
        Assert.Equal($"Kept {marker}", await kind.Read(after, newId));
        var history = await RevisionsAsync(name, newId);
        Assert.Equal([RevisionEvent.Saved, RevisionEvent.Saved, RevisionEvent.Deleted, RevisionEvent.Undeleted], history.Select(r => r.Event));
        Assert.DoesNotContain(deletion.Title, (await editor.GetDocumentAsync("/admin/trash")).Text("main"), StringComparison.Ordinal);
        await DeleteAsync(name, newId);
    }

    [Fact]
    public async Task A_guide_section_revision_kept_before_every_kind_had_history_still_restores()
    {
        var editor = await site.EditorAsync();
        int id;
        await using (var db = site.NewDb())
        {
            var section = new GuideSection
            {
                Career = await db.Careers.SingleAsync(c => c.Slug == "test-analyst"), Slug = Marker(), Title = "Today", Description = "A section for this test.",
                Order = 900, Status = SectionStatus.Draft, Markdown = "Today's text.", Html = "<p>Today's text.</p>",
            };
            db.GuideSections.Add(section);
            await db.SaveChangesAsync();
            id = section.Id;
            // The shape the migration carries old revisions over in (schema 0: title and Markdown only).
            db.Revisions.Add(new Revision
            {
                Kind = "sections", RecordId = id, Title = "Old interviews", Event = RevisionEvent.Saved, Schema = 0,
                Snapshot = """{"Title":"Old interviews","Markdown":"An **older** text."}""", Summary = "Saved.", CreatedAt = DateTime.UtcNow.AddDays(-30),
            });
            await db.SaveChangesAsync();
        }
        await (await Form.OpenAsync(editor, $"/admin/sections/{id}/edit")).Set("Input.Description", "A section for this test, saved once.").PostAsync();
        var revisions = await RevisionsAsync("sections", id);
        var old = revisions.Single(r => r.Schema == 0);

        var compare = await editor.GetDocumentAsync($"/admin/history/sections/{id}/compare?left={old.Id}&right={revisions[^1].Id}");
        var restored = await Form.Read(editor, $"/admin/history/sections/{id}/compare", compare, "main form[action*='handler=Restore']").Set("revision", old.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).PostAsync();

        Assert.Contains("Restored", restored.Document.Text(".notice"), StringComparison.Ordinal);
        await using var after = site.NewDb();
        var section2 = await after.GuideSections.SingleAsync(s => s.Id == id);
        Assert.Equal("Old interviews", section2.Title);
        Assert.Contains("<strong>older</strong>", section2.Html, StringComparison.Ordinal);
        Assert.Equal("A section for this test, saved once.", section2.Description);   // not in the old shape: kept
    }
}
