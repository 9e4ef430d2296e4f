using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Accounts;
using CareerPortal.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Admin;

/// <summary>The audit log records sign-ins, saves, restores and account changes, can be filtered,
/// is for admins only, and cannot be changed: no page can, and the database refuses it.</summary>
[Collection(AdminTests.Name)]
public sealed class AuditTests(AdminSite site)
{
    private static string Marker() => "a" + Guid.NewGuid().ToString("N")[..10];

    private async Task<List<AuditEntry>> EntriesAsync(Func<IQueryable<AuditEntry>, IQueryable<AuditEntry>> filter)
    {
        await using var db = site.NewDb();
        return await filter(db.AuditLog.AsNoTracking()).OrderBy(a => a.Id).ToListAsync();
    }

    [Fact]
    public async Task Sign_ins_that_succeed_and_fail_are_recorded_and_found_by_person_and_action()
    {
        var email = $"{Marker()}@example.org";
        await site.CreateUserAsync(email, "nine tall window frames", Roles.Editor);
        var failed = await (await Form.OpenAsync(site.Anonymous(), "/admin/account/sign-in")).Set("Input.Email", email).Set("Input.Password", "not the password at all").PostAsync();
        Assert.NotNull(failed.Document.QuerySelector(".error-summary"));
        await site.SignInAsync(email, "nine tall window frames");

        Assert.Equal([AuditActions.SignInFailed, AuditActions.SignIn], (await EntriesAsync(q => q.Where(a => a.Actor == email))).Select(a => a.Action));
        var found = await (await site.AdminAsync()).GetDocumentAsync($"/admin/audit?person={Uri.EscapeDataString(email)}&action={AuditActions.SignInFailed}");
        var rows = found.QuerySelectorAll("main tbody tr");
        Assert.Contains(email, Assert.Single(rows).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_and_a_restore_are_recorded_with_their_record_and_the_home_says_who_edited_last()
    {
        var admin = await site.AdminAsync();
        var marker = Marker();
        var created = await (await Form.OpenAsync(admin, "/admin/tools/new")).Set("Input.Name", marker).Set("Input.Slug", marker)
            .Set("Input.Category", "Testing").Set("Input.Summary", "A tool.").PostAsync();
        Assert.Null(created.Document.QuerySelector(".error-summary"));
        int id;
        await using (var db = site.NewDb())
        {
            id = await db.Tools.Where(t => t.Slug == marker).Select(t => t.Id).SingleAsync();
        }

        var entries = await EntriesAsync(q => q.Where(a => a.Kind == "tools" && a.RecordId == id));
        var save = Assert.Single(entries);
        Assert.Equal((AuditActions.Save, AdminSite.AdminEmail, marker), (save.Action, save.Actor, save.Title));
        var byRecord = await admin.GetDocumentAsync($"/admin/audit?kind=tools&record={id}");
        Assert.Single(byRecord.QuerySelectorAll("main tbody tr"));
        var home = await admin.GetDocumentAsync("/admin");
        Assert.Contains(AdminSite.AdminEmail, home.QuerySelectorAll("#recent ~ table tbody tr").First(r => r.TextContent.Contains(marker, StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_and_role_changes_are_recorded()
    {
        var email = $"{Marker()}@example.org";
        var admin = await site.AdminAsync();
        await (await Form.OpenAsync(admin, "/admin/users/new")).Set("Input.Email", email).Set("Input.Password", "eleven brown paper kites").Set("Input.Role", Roles.Editor).PostAsync();

        var created = await EntriesAsync(q => q.Where(a => a.Action == AuditActions.UserChange && a.Detail!.Contains(email)));
        Assert.Equal(AdminSite.AdminEmail, Assert.Single(created).Actor);
    }

    [Fact]
    public async Task Only_admins_read_it()
    {
        var response = await (await site.EditorAsync()).GetAsync("/admin/audit");
        Assert.Contains("/admin/account/denied", response.RequestMessage!.RequestUri!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Nothing_in_the_site_can_change_or_delete_an_entry()
    {
        // No page of the audit log handles a POST, and its page has no form that posts.
        Assert.DoesNotContain(typeof(Web.Areas.Admin.Pages.Audit.IndexModel).GetMethods(), m => m.Name.StartsWith("OnPost", StringComparison.Ordinal));
        var page = await (await site.AdminAsync()).GetDocumentAsync("/admin/audit");
        Assert.Null(page.QuerySelector("main form[method=post]"));

        await using var db = site.NewDb();
        Web.Areas.Admin.History.Audit.Add(db, "someone", AuditActions.Export, detail: "to be tampered with");
        await db.SaveChangesAsync();
        var entry = await db.AuditLog.OrderBy(a => a.Id).LastAsync();
        entry.Detail = "tampered";
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        await Assert.ThrowsAsync<SqliteException>(() => db.AuditLog.Where(a => a.Id == entry.Id).ExecuteDeleteAsync());
        await Assert.ThrowsAsync<SqliteException>(() => db.AuditLog.ExecuteUpdateAsync(s => s.SetProperty(a => a.Actor, "nobody")));
        Assert.Equal("to be tampered with", (await db.AuditLog.AsNoTracking().SingleAsync(a => a.Id == entry.Id)).Detail);
    }
}
