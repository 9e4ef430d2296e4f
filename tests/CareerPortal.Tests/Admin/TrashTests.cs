using System.Globalization;
using System.Net;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Admin;

/// <summary>A deleted skill comes back with its uses, and as itself in the read API's change feed; a
/// restore whose references are gone says which and keeps the rest when asked; only an admin empties the trash.</summary>
[Collection(AdminTests.Name)]
public sealed class TrashTests(AdminSite site)
{
    private static string Marker() => "r" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>A new skill used by a new stage (of a new career) at the entry level.</summary>
    private async Task<(int Skill, int Stage, Guid PublicId)> SkillWithAUseAsync(string marker)
    {
        await using var db = site.NewDb();
        var career = new Career { Slug = marker + "-career", Title = "Career " + marker, Summary = "A career.", Description = "A career." };
        var stage = new CareerLevel { Career = career, Level = await db.Levels.SingleAsync(l => l.Slug == "entry"), Title = "Stage " + marker, Focus = "Focus." };
        var skill = new Skill { Slug = marker, Name = "Skill " + marker, Kind = SkillKind.Soft, Summary = "A skill." };
        stage.Skills.Add(new CareerLevelSkill { Skill = skill, Importance = Importance.Essential });
        db.AddRange(career, stage, skill);
        await db.SaveChangesAsync();
        return (skill.Id, stage.Id, skill.PublicId);
    }

    private async Task<long> DeleteAsync(string segment, int id)
    {
        var deleted = await (await Form.OpenAsync(await site.EditorAsync(), $"/admin/{segment}/{id}/delete")).PostAsync();
        Assert.Contains("to the trash", deleted.Document.Text(".notice"), StringComparison.Ordinal);
        await using var db = site.NewDb();
        return await db.Revisions.Where(r => r.Kind == segment && r.RecordId == id && r.Event == RevisionEvent.Deleted).Select(r => r.Id).SingleAsync();
    }

    private async Task<FormResult> RestoreAsync(long revision) =>
        await (await Form.OpenAsync(await site.EditorAsync(), "/admin/trash", "main form[action*='handler=Restore']"))
            .Set("revision", revision.ToString(CultureInfo.InvariantCulture)).PostAsync();

    [Fact]
    public async Task A_deleted_skill_comes_back_with_its_career_level_links_and_its_public_id()
    {
        var marker = Marker();
        var (id, stage, publicId) = await SkillWithAUseAsync(marker);
        var confirm = await Form.OpenAsync(await site.EditorAsync(), $"/admin/skills/{id}/delete");
        Assert.Contains($"Stage {marker}", confirm.Page.Text("main"), StringComparison.Ordinal);   // goes with it
        var revision = await DeleteAsync("skills", id);
        await using (var db = site.NewDb())
        {
            Assert.False(await db.CareerLevelSkills.AnyAsync(s => s.CareerLevelId == stage));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await site.Anonymous().GetAsync($"/skills/{marker}")).StatusCode);

        await RestoreAsync(revision);

        await using var after = site.NewDb();
        var skill = await after.Skills.Include(s => s.CareerLevels).SingleAsync(s => s.Slug == marker);
        Assert.Equal(publicId, skill.PublicId);
        Assert.Equal(Importance.Essential, Assert.Single(skill.CareerLevels, l => l.CareerLevelId == stage).Importance);
        Assert.Equal(HttpStatusCode.OK, (await site.Anonymous().GetAsync($"/skills/{marker}")).StatusCode);
        var feed = await after.ChangeLog.Where(c => c.ResourceId == publicId).OrderBy(c => c.Id).Select(c => c.Change).ToListAsync();
        Assert.Equal([ChangeKind.Published, ChangeKind.Deleted, ChangeKind.Published], feed);
        var audit = await after.AuditLog.Where(a => a.Kind == "skills" && (a.RecordId == id || a.RecordId == skill.Id)).Select(a => a.Action).ToListAsync();
        Assert.Equal([AuditActions.Delete, AuditActions.RestoreFromTrash], audit);
    }

    [Fact]
    public async Task A_restore_whose_career_level_is_gone_names_it_and_keeps_the_rest_when_asked()
    {
        var marker = Marker();
        var (id, stage, _) = await SkillWithAUseAsync(marker);
        var revision = await DeleteAsync("skills", id);
        await using (var db = site.NewDb())
        {
            await db.CareerLevels.Where(l => l.Id == stage).ExecuteDeleteAsync();
        }

        var asked = await RestoreAsync(revision);

        Assert.Contains($"the career level '{marker}-career/entry'", asked.Document.Text(".refusal"), StringComparison.Ordinal);
        await using (var db = site.NewDb())
        {
            Assert.False(await db.Skills.AnyAsync(s => s.Slug == marker));   // nothing written before the choice
        }
        var kept = await Form.Read(await site.EditorAsync(), "/admin/trash", asked.Document, ".refusal form").PostAsync();

        Assert.Contains("from the trash", kept.Document.Text(".notice"), StringComparison.Ordinal);
        await using var after = site.NewDb();
        var skill = await after.Skills.Include(s => s.CareerLevels).SingleAsync(s => s.Slug == marker);
        Assert.Empty(skill.CareerLevels);
        Assert.Contains("Left out", (await after.Revisions.Where(r => r.Kind == "skills" && r.RecordId == skill.Id).OrderBy(r => r.Id).LastAsync()).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_title_whose_career_is_gone_is_refused_with_the_reason()
    {
        var marker = Marker();
        int careerId, titleId;
        await using (var db = site.NewDb())
        {
            var career = new Career { Slug = marker, Title = "Career " + marker, Summary = "A career.", Description = "A career." };
            var title = new JobTitle { Career = career, Level = await db.Levels.SingleAsync(l => l.Slug == "entry"), Title = "Title " + marker, Summary = "A title." };
            db.AddRange(career, title);
            await db.SaveChangesAsync();
            (careerId, titleId) = (career.Id, title.Id);
        }
        var revision = await DeleteAsync("job-titles", titleId);
        await using (var db = site.NewDb())
        {
            await db.Careers.Where(c => c.Id == careerId).ExecuteDeleteAsync();
        }

        var refused = await RestoreAsync(revision);

        Assert.Contains($"Its career '{marker}' is gone", refused.Document.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Contains($"Title {marker}", refused.Document.Text("main table"), StringComparison.Ordinal);   // still in the trash
    }

    [Fact]
    public async Task Only_an_admin_empties_the_trash()
    {
        var marker = Marker();
        var (id, _, _) = await SkillWithAUseAsync(marker);
        var revision = await DeleteAsync("skills", id);
        var editorPage = await Form.OpenAsync(await site.EditorAsync(), "/admin/trash", "main form[action*='handler=Restore']");
        Assert.Null(editorPage.Page.QuerySelector("main form[action*='handler=Empty']"));
        using var forced = new FormUrlEncodedContent([new("__RequestVerificationToken", editorPage.Get("__RequestVerificationToken")!)]);
        var refused = await (await site.EditorAsync()).PostAsync("/admin/trash?handler=Empty", forced);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        await using (var db = site.NewDb())
        {
            Assert.True(await db.Revisions.AnyAsync(r => r.Id == revision));
        }

        var emptied = await (await Form.OpenAsync(await site.AdminAsync(), "/admin/trash", "main form[action*='handler=Empty']")).PostAsync();

        Assert.Contains("for good", emptied.Document.Text(".notice"), StringComparison.Ordinal);
        await using var after = site.NewDb();
        Assert.False(await after.Revisions.AnyAsync(r => r.Kind == "skills" && r.RecordId == id));
        Assert.Equal(AdminSite.AdminEmail, (await after.AuditLog.Where(a => a.Action == AuditActions.EmptyTrash).OrderBy(a => a.Id).LastAsync()).Actor);
    }
}
