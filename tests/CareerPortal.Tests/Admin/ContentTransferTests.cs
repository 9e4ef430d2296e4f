using System.IO.Compression;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Content;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Admin;

/// <summary>/admin/content: the export as a zip, and a zip imported back through its preview.
/// A site of its own, since its imports change the content other admin tests read.</summary>
public sealed class ContentTransferTests(AdminSite site) : IClassFixture<AdminSite>
{
    private const string Page = "/admin/content";
    private const string UploadForm = "main form[enctype='multipart/form-data']";
    private static readonly HtmlParser Parser = new();

    private async Task<Dictionary<string, string>> ExportAsync()
    {
        await using var db = site.NewDb();
        return new Dictionary<string, string>((await ContentWriter.ExportAsync(db)).Files);
    }

    private static byte[] Zip(IDictionary<string, string> files) => ContentBundle.FromTexts(files).ToZip();

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(bytes);
            }
        }
        return output.ToArray();
    }

    /// <summary>Uploads through the page's form (with its antiforgery token), as a browser would.</summary>
    private static async Task<IDocument> UploadAsync(HttpClient client, byte[] zip)
    {
        var form = await Form.OpenAsync(client, Page, UploadForm);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Get("__RequestVerificationToken")!), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new("application/zip");
        content.Add(file, "file", "content.zip");
        using var response = await client.PostAsync(form.Action, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    private static Form ConfirmForm(HttpClient client, IDocument preview) => Form.Read(client, Page, preview, "main form[action*='handler=Apply']");

    /// <summary>Everything an import could write: the export and the change feed's length.</summary>
    private async Task<string> StateAsync()
    {
        await using var db = site.NewDb();
        return string.Join("\n", (await ExportAsync()).Select(f => $"{f.Key}\n{f.Value}")) + $"\nchanges: {await db.ChangeLog.CountAsync()}";
    }

    private static byte[] Bytes(string before, params byte[] after) => [.. Encoding.UTF8.GetBytes(before), .. after];

    [Fact]
    public async Task Only_admins_reach_export_and_import()
    {
        var editor = await site.EditorAsync();
        Assert.Equal("/admin/account/denied", (await editor.GetAsync(Page)).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Null((await editor.GetDocumentAsync("/admin")).QuerySelector($"a[href='{Page}']"));
        var anonymous = site.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(Page)).StatusCode);
        var admin = await site.AdminAsync();
        Assert.NotNull((await admin.GetDocumentAsync("/admin")).QuerySelector($"a[href='{Page}']"));
        // Posting without the form's antiforgery token is refused.
        using var bare = new FormUrlEncodedContent([]);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync(Page + "?handler=Export", bare)).StatusCode);
    }

    [Fact]
    public async Task The_downloaded_zip_is_the_export()
    {
        var admin = await site.AdminAsync();
        var form = await Form.OpenAsync(admin, Page, "main form[action*='handler=Export']");
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", form.Get("__RequestVerificationToken")!)]);
        using var response = await admin.PostAsync(form.Action, content);

        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("careerportal-content-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Equal(await ExportAsync(), ContentBundle.FromZip(await response.Content.ReadAsByteArrayAsync()).Files);
    }

    [Fact]
    public async Task A_preview_writes_nothing_and_confirming_writes_it()
    {
        var admin = await site.AdminAsync();
        var files = await ExportAsync();
        files["catalog/tools.yml"] += "\n- slug: coverage-meter\n  name: Coverage Meter\n  category: Automation\n  summary: Measures what the tests reach.\n";
        files["catalog/levels.yml"] = files["catalog/levels.yml"].Replace("name: Entry", "name: Entry stage", StringComparison.Ordinal);
        var before = await StateAsync();

        var preview = await UploadAsync(admin, Zip(files));

        var text = preview.Text("main");
        Assert.Contains("To be added", text, StringComparison.Ordinal);
        Assert.Contains("coverage-meter", text, StringComparison.Ordinal);
        Assert.Contains("To be changed", text, StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());

        var result = await ConfirmForm(admin, preview).PostAsync();

        Assert.Contains("Imported", result.Document.Text("main h2"), StringComparison.Ordinal);
        await using var db = site.NewDb();
        Assert.True(await db.Tools.AnyAsync(t => t.Slug == "coverage-meter"));
        Assert.StartsWith("Entry stage", (await db.Levels.SingleAsync(l => l.Slug == "entry")).Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_edited_in_the_database_since_the_import_is_a_conflict_written_only_when_chosen_and_confirmed()
    {
        var admin = await site.AdminAsync();
        var files = await ExportAsync();
        await using (var db = site.NewDb())
        {
            (await db.Tools.SingleAsync(t => t.Slug == "bug-tracker")).Summary = "Edited in the admin.";
            await db.SaveChangesAsync();
        }
        files["catalog/tools.yml"] = files["catalog/tools.yml"].Replace("Keeps the list of known defects.", "Edited in the file.", StringComparison.Ordinal);
        var before = await StateAsync();

        var preview = await UploadAsync(admin, Zip(files));

        Assert.Contains("Conflicts", preview.Text("main"), StringComparison.Ordinal);
        var choice = preview.QuerySelector("input[name=TakeFile][value='catalog/tools.yml#bug-tracker']");
        Assert.NotNull(choice);
        Assert.Equal(before, await StateAsync());

        // Confirmed without choosing the file: the database keeps its edit.
        await ConfirmForm(admin, preview).PostAsync();
        await using (var db = site.NewDb())
        {
            Assert.Equal("Edited in the admin.", (await db.Tools.SingleAsync(t => t.Slug == "bug-tracker")).Summary);
        }

        // Confirmed with the file's version chosen: the file wins.
        var again = await UploadAsync(admin, Zip(files));
        await ConfirmForm(admin, again).Check("TakeFile", "catalog/tools.yml#bug-tracker").PostAsync();
        await using (var db = site.NewDb())
        {
            Assert.Equal("Edited in the file.", (await db.Tools.SingleAsync(t => t.Slug == "bug-tracker")).Summary);
        }
    }

    [Fact]
    public async Task Confirming_a_preview_the_database_has_moved_past_writes_nothing_and_shows_it_again()
    {
        var admin = await site.AdminAsync();
        var files = await ExportAsync();
        files["catalog/skills.yml"] = files["catalog/skills.yml"].Replace("name: Patience", "name: Patience and calm", StringComparison.Ordinal);
        var preview = await UploadAsync(admin, Zip(files));
        await using (var db = site.NewDb())
        {
            (await db.Skills.SingleAsync(s => s.Slug == "patience")).Summary = "Edited after the preview.";
            await db.SaveChangesAsync();
        }
        var before = await StateAsync();

        var result = await ConfirmForm(admin, preview).PostAsync();

        Assert.Contains("database changed since that preview", result.Document.Text("main"), StringComparison.Ordinal);
        Assert.NotNull(result.Document.QuerySelector("input[name=TakeFile][value='catalog/skills.yml#patience']"));
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task Files_missing_from_the_zip_are_listed_with_a_delete_link_and_never_deleted()
    {
        var admin = await site.AdminAsync();
        var files = await ExportAsync();
        var draft = files.Keys.Single(k => k.EndsWith("-upcoming.md", StringComparison.Ordinal));
        files.Remove(draft);

        var preview = await UploadAsync(admin, Zip(files));
        var result = await ConfirmForm(admin, preview).PostAsync();

        await using var db = site.NewDb();
        var section = await db.GuideSections.SingleAsync(s => s.Slug == "upcoming");
        foreach (var page in new[] { preview, result.Document })
        {
            Assert.Contains("Not in the files", page.Text("main"), StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector($"main a[href='/admin/sections/{section.Id}/delete']"));
        }
    }

    public static TheoryData<string, string> HostileZips => new()
    {
        { "parent", "inside the content folder" },
        { "absolute", "absolute path" },
        { "drive", "absolute path" },
        { "not content", "not a content file" },
        { "bomb", "zip bomb" },
        { "large file", "larger than 1 MB unpacked" },
        { "entries", "at most 500" },
        { "utf8", "not valid UTF-8" },
        { "oversized", "larger than 2 MB" },
        { "not a zip", "not a readable zip" },
    };

    private static byte[] Hostile(string kind, Dictionary<string, string> files)
    {
        var valid = files.Select(f => (f.Key, Encoding.UTF8.GetBytes(f.Value))).ToList();
        return kind switch
        {
            "parent" => Zip([.. valid, ("catalog/../../evil.yml", "x"u8.ToArray())]),
            "absolute" => Zip([.. valid, ("/etc/cron.d/evil", "x"u8.ToArray())]),
            "drive" => Zip([.. valid, ("C:/Windows/evil.yml", "x"u8.ToArray())]),
            "not content" => Zip([.. valid, ("bin/run.sh", "x"u8.ToArray())]),
            // Zeros pack about a thousand to one.
            "bomb" => Zip([.. valid.Where(f => f.Key != "catalog/tools.yml"), ("catalog/tools.yml", new byte[600_000])]),
            "large file" => Zip([.. valid.Where(f => f.Key != "catalog/tools.yml"), ("catalog/tools.yml", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 200_000).Select(i => $"# {i}\n"))))]),
            "entries" => Zip([.. valid, .. Enumerable.Range(0, 3000).Select(i => ($"careers/test-analyst/sections/x{i}.md", Array.Empty<byte>()))]),
            "utf8" => Zip([.. valid.Where(f => f.Key != "catalog/tools.yml"), ("catalog/tools.yml", Bytes("- slug: x\n  name: ", 0xC3, 0x28, 0xFF, 0x0A))]),
            "oversized" => Random.Shared.GetItems<byte>(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray(), ContentBundle.MaxUploadBytes + 1),
            _ => "PK not really a zip"u8.ToArray(),
        };
    }

    [Theory]
    [MemberData(nameof(HostileZips))]
    public async Task A_hostile_zip_is_refused_with_a_clear_message_and_nothing_written(string kind, string message)
    {
        var admin = await site.AdminAsync();
        var files = await ExportAsync();
        var before = await StateAsync();

        var page = await UploadAsync(admin, Hostile(kind, files));

        Assert.Contains(message, page.Text(".refusal"), StringComparison.Ordinal);
        Assert.Contains("nothing was written", page.Text(".refusal h2"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form[action*='handler=Apply']"));
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task The_import_command_reads_a_folder_through_the_same_checks()
    {
        var folder = Paths.CopyOf(Paths.FixtureContent);
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "catalog", "tools.yml"), Bytes("- slug: x\n  name: ", 0xFF, 0x0A));
            var error = Assert.Throws<ContentException>(() => ContentBundle.FromFolder(folder));
            Assert.Contains("catalog/tools.yml: not valid UTF-8 text", error.Errors);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
