using System.Text;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Content;

namespace CareerPortal.Tests.Content;

public sealed class ExportTests
{
    private static async Task<ContentBundle> ExportFreshImportAsync(string contentFolder)
    {
        using var app = new TestApp(contentFolder);
        await using var db = app.NewDb();
        return await ContentWriter.ExportAsync(db);
    }

    [Fact]
    public async Task Exporting_a_fresh_import_of_the_shipped_content_reproduces_it_byte_for_byte()
    {
        var exported = await ExportFreshImportAsync(Paths.RealContent);

        var shipped = Directory.GetFiles(Paths.RealContent, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Paths.RealContent, f).Replace('\\', '/'))
            .Where(p => p != "README.md")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(shipped, exported.Files.Keys);
        foreach (var path in shipped)
        {
            var expected = await File.ReadAllBytesAsync(Path.Combine(Paths.RealContent, path));
            Assert.True(expected.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(exported.Files[path])), $"{path} differs from its export");
        }
    }

    [Fact]
    public async Task An_export_imports_back_to_the_same_export_and_the_same_zip()
    {
        var first = await ExportFreshImportAsync(Paths.FixtureContent);
        var folder = Path.Combine(Path.GetTempPath(), "careerportal-tests", "export-" + Guid.NewGuid().ToString("N"));
        try
        {
            first.WriteTo(folder);
            var second = await ExportFreshImportAsync(folder);

            Assert.Equal(first.Files, second.Files);
            Assert.Equal(first.ToZip(), second.ToZip());
            Assert.Equal(first.Files, ContentBundle.FromZip(first.ToZip()).Files);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Writing_an_export_over_a_folder_replaces_its_content_files_and_keeps_the_others()
    {
        var export = await ExportFreshImportAsync(Paths.FixtureContent);
        var folder = Paths.CopyOf(Paths.FixtureContent);
        try
        {
            var stale = Path.Combine(folder, "careers", "test-analyst", "sections", "99-gone.md");
            await File.WriteAllTextAsync(stale, "---\nslug: gone\n---\nA section deleted since.\n");
            var notes = Path.Combine(folder, "README.md");
            await File.WriteAllTextAsync(notes, "Notes that are not content.\n");

            export.WriteTo(folder);

            Assert.False(File.Exists(stale));
            Assert.True(File.Exists(notes));
            Assert.Equal(export.Files, ContentBundle.FromFolder(folder).Files);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static TheoryData<string> AwkwardText =>
    [
        "null", "~", "yes", "No", "true", "12", "-3.5", "1e3", "0x1F", ".inf", "12:30",
        "a: b", "ends with colon:", "# not a comment", "x #y", "- dash", "[brackets]", "{braces}", "'quoted'", "\"double\"",
        " leading space", "trailing space ", "tab\there", "back\\slash", "é, ü and 中文", "line one\nline two\n",
        "no final break\nsecond", "two final breaks\n\n", "\nstarts with a break", "   \n", "control \u0001 char", "%percent", "@at", "`tick`",
        "",
    ];

    [Theory]
    [MemberData(nameof(AwkwardText))]
    public void Any_text_is_written_so_that_it_reads_back_unchanged(string text)
    {
        var skill = new SkillFile { Slug = "awkward", Name = text, Kind = "soft", Summary = text, WhyItMatters = text, KeySkills = [text, "plain", text] };
        var files = new Dictionary<string, string>
        {
            ["catalog/levels.yml"] = "",
            ["catalog/skills.yml"] = YamlWriter.List([skill]),
            ["catalog/certifications.yml"] = "",
            ["catalog/tools.yml"] = "",
        };

        var read = ContentReader.Read(ContentBundle.FromTexts(files)).Skills.Single();

        Assert.Equal(text, read.Name);
        Assert.Equal(text, read.Summary);
        Assert.Equal(text, read.WhyItMatters);
        Assert.Equal([text, "plain", text], read.KeySkills);
    }
}
