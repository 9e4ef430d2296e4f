using System.Net;
using CareerPortal.Tests.Admin;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Areas.Admin;
using CareerPortal.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Hosting;

/// <summary>The SQLite database locked by someone else past the busy timeout, damaged, deleted or
/// emptied under the site: a clear answer each time (503 with Retry-After, "the database is busy"
/// with the editor's input kept, readiness unhealthy, a refused start), never a misleading message
/// or a lost save, and recovery without a restart.</summary>
public sealed class DatabaseOutageTests : IDisposable
{
    private const string Typed = "Typed while the database was locked.";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerportal-tests", "outage-" + Guid.NewGuid().ToString("N"));

    public DatabaseOutageTests() => Directory.CreateDirectory(_folder);

    private string DatabasePath => Path.Combine(_folder, "site.db");

    [Fact]
    public async Task A_write_lock_held_past_the_busy_timeout_says_busy_keeps_the_input_and_the_next_save_works()
    {
        using var site = await SiteAsync(pooled: false);
        var editor = await site.EditorAsync();
        var id = await ToolIdAsync(site);
        var form = (await Form.OpenAsync(editor, $"/admin/tools/{id}/edit")).Set("Input.Summary", Typed);

        FormResult refused;
        using (Hold("BEGIN IMMEDIATE"))
        {
            refused = await form.PostAsync();
        }

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        var text = refused.Document.Body!.TextContent;
        Assert.Contains(AdminPage.BusyMessage, text, StringComparison.Ordinal);
        Assert.DoesNotContain("same name", text, StringComparison.Ordinal);
        Assert.Equal(Typed, refused.Document.QuerySelector("[name='Input.Summary']")?.TextContent.Trim());
        var saved = await Form.Read(editor, refused.Path, refused.Document).PostAsync();
        Assert.Contains("Saved", saved.Document.QuerySelector(".notice")?.TextContent ?? "", StringComparison.Ordinal);
        await using var db = site.NewDb();
        Assert.Equal(Typed, await db.Tools.Where(t => t.Id == id).Select(t => t.Summary).SingleAsync());
    }

    [Fact]
    public async Task A_locked_database_gives_public_pages_503_with_retry_after_cached_pages_keep_coming_and_it_recovers()
    {
        using var site = await SiteAsync(pooled: true);
        using var reader = site.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/tools")).StatusCode);

        using (Hold("BEGIN EXCLUSIVE"))
        {
            var locked = await reader.GetAsync("/careers/test-analyst/skills");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, locked.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(DatabaseOutage.RetryAfterSeconds), locked.Headers.RetryAfter?.Delta);
            Assert.Contains("Briefly unavailable", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/tools")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/careers/test-analyst/skills")).StatusCode);
    }

    [Fact]
    public async Task A_database_damaged_while_running_makes_readiness_unhealthy()
    {
        using var site = await SiteAsync(pooled: false);
        using var client = site.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        // One table's pages overwritten, as a failing disk or a stray write would; the migrations
        // history that readiness also reads is left whole.
        long page, pageSize;
        await using (var db = site.NewDb())
        {
            var table = db.Model.FindEntityType(typeof(GuideSection))!.GetTableName();
            pageSize = await db.Database.SqlQueryRaw<long>("SELECT page_size AS Value FROM pragma_page_size").SingleAsync();
            page = await db.Database.SqlQueryRaw<long>("SELECT rootpage AS Value FROM sqlite_master WHERE type = 'table' AND name = {0}", table!).SingleAsync();
        }
        await using (var file = new FileStream(DatabasePath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            file.Position = (page - 1) * pageSize;
            file.Write(Enumerable.Repeat((byte)0xFF, (int)pageSize).ToArray());
        }

        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_database_file_deleted_while_running_refuses_saves_reports_unready_and_recovers_when_restored()
    {
        using var site = await SiteAsync(pooled: true);
        var editor = await site.EditorAsync();
        using var reader = site.Anonymous();
        var id = await ToolIdAsync(site);
        var form = (await Form.OpenAsync(editor, $"/admin/tools/{id}/edit")).Set("Input.Summary", Typed);
        var backup = DatabasePath + ".backup";
        File.Copy(DatabasePath, backup);

        File.Delete(DatabasePath);
        var refused = await form.PostAsync();

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains(AdminPage.BusyMessage, refused.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Typed, refused.Document.QuerySelector("[name='Input.Summary']")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await reader.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await reader.GetAsync("/careers/test-analyst/skills")).StatusCode);
        Assert.False(File.Exists(DatabasePath), "the site created a new database file while running");

        File.Copy(backup, DatabasePath);

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/health/ready")).StatusCode);
        var saved = await Form.Read(editor, refused.Path, refused.Document).PostAsync();
        Assert.Contains("Saved", saved.Document.QuerySelector(".notice")?.TextContent ?? "", StringComparison.Ordinal);
        await using var check = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await check.OpenAsync();
        await using var command = check.CreateCommand();
        command.CommandText = "SELECT Summary FROM Tools WHERE Id = $id";
        command.Parameters.AddWithValue("$id", id);
        Assert.Equal(Typed, await command.ExecuteScalarAsync());
    }

    [Fact]
    public void An_empty_database_file_is_refused_at_start_not_seeded_again_without_accounts()
    {
        using var app = new TestApp();
        File.WriteAllBytes(app.DatabasePath, []);

        var refused = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var messages = string.Join(" | ", Chain(refused).Select(e => e.Message));
        Assert.Contains("is empty (0 bytes)", messages, StringComparison.Ordinal);
        Assert.Contains("restore", messages, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(app.DatabasePath).Length);
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? each = e; each is not null; each = each.InnerException)
        {
            yield return each;
        }
    }

    /// <summary>The site on this test's database file with a 1 s busy timeout, an admin and an editor.</summary>
    private async Task<AdminSite> SiteAsync(bool pooled)
    {
        var site = new AdminSite(10_000, configure: builder =>
        {
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath};Pooling={pooled}");
            builder.UseSetting("Database:BusyTimeoutSeconds", "1");
        });
        await site.InitializeAsync();
        return site;
    }

    /// <summary>Another process's transaction on the database, held until disposed.</summary>
    private SqliteConnection Hold(string begin)
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = begin;
        command.ExecuteNonQuery();
        return connection;
    }

    private static async Task<int> ToolIdAsync(AdminSite site)
    {
        await using var db = site.NewDb();
        return await db.Tools.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned by the OS later.
        }
    }
}
