using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Content;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Content;

public sealed class ImporterTests : IDisposable
{
    private readonly string _content = Paths.CopyOf(Paths.FixtureContent);
    private readonly TestApp _app;

    public ImporterTests()
    {
        _app = new TestApp(_content);
        _ = _app.Services; // starts the host: migrate and first import
    }

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_content, recursive: true);
    }

    private async Task<ImportReport> ImportAsync()
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(_content);
    }

    /// <summary>Every row of every content table with its concurrency token: equal snapshots mean nothing was written.</summary>
    private async Task<List<string>> SnapshotAsync()
    {
        await using var db = _app.NewDb();
        var rows = new List<string>();
        rows.AddRange(await db.Careers.Select(r => $"career {r.Slug} {r.Version}").ToListAsync());
        rows.AddRange(await db.Levels.Select(r => $"level {r.Slug} {r.Version}").ToListAsync());
        rows.AddRange(await db.Skills.Select(r => $"skill {r.Slug} {r.Version}").ToListAsync());
        rows.AddRange(await db.Certifications.Select(r => $"cert {r.Slug} {r.Version}").ToListAsync());
        rows.AddRange(await db.Tools.Select(r => $"tool {r.Slug} {r.Version}").ToListAsync());
        rows.AddRange(await db.CareerLevels.Select(r => $"career-level {r.Id} {r.Version}").ToListAsync());
        rows.AddRange(await db.JobTitles.Select(r => $"title {r.Id} {r.Version}").ToListAsync());
        rows.AddRange(await db.CareerLevelSkills.Select(r => $"level-skill {r.CareerLevelId} {r.SkillId} {r.Importance}").ToListAsync());
        rows.AddRange(await db.GuideSections.Select(r => $"section {r.Slug} {r.Version}").ToListAsync());
        rows.AddRange(await db.Revisions.Select(r => $"revision {r.Id}").ToListAsync());
        return rows;
    }

    [Fact]
    public async Task First_start_imports_every_kind_of_item()
    {
        await using var db = _app.NewDb();

        Assert.Equal(3, await db.Levels.CountAsync());
        Assert.Equal(3, await db.Skills.CountAsync());
        Assert.Equal(2, await db.Careers.CountAsync());
        var career = await db.Careers.WithGraph().SingleAsync(c => c.Slug == "test-analyst");
        Assert.Equal(["entry", "mid", "senior"], career.Levels.OrderBy(l => l.Level.Order).Select(l => l.Level.Slug));
        Assert.Equal(3, career.JobTitles.Count);
        Assert.Equal(Importance.Essential, career.Levels.Single(l => l.Level.Slug == "entry").Skills.Single(s => s.Skill.Slug == "patience").Importance);
        Assert.Equal("istqb-fl", career.Levels.Single(l => l.Level.Slug == "entry").Certifications.Single().Certification.Slug);
        Assert.Equal(2, career.Tools.Count);
        Assert.Equal("data-steward", career.Relations.Single().RelatedCareer.Slug);
        Assert.Equal(["Director of Quality"], career.Advancements.Single().Options);
        Assert.True((await db.Careers.SingleAsync(c => c.Slug == "data-steward")).IsThin);
        var section = await db.GuideSections.SingleAsync(s => s.Slug == "overview");
        Assert.Contains("<strong>design</strong>", section.Html);
        Assert.Equal(SectionStatus.Draft, (await db.GuideSections.SingleAsync(s => s.Slug == "upcoming")).Status);
        Assert.All(await db.Careers.ToListAsync(), c => Assert.NotNull(c.SourceHash));
        Assert.All(await db.Careers.ToListAsync(), c => Assert.Equal(DateTimeKind.Utc, c.UpdatedAt.Kind));
    }

    [Fact]
    public async Task A_second_import_changes_nothing()
    {
        var before = await SnapshotAsync();

        var report = await ImportAsync();

        Assert.Equal(0, report.Added + report.Updated);
        Assert.Empty(report.Conflicts);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_changed_file_is_applied_when_the_row_is_unchanged()
    {
        var path = Path.Combine(_content, "catalog", "skills.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Staying calm when a bug hides.", "Keeping calm while a bug hides.", StringComparison.Ordinal));

        var report = await ImportAsync();

        Assert.Equal(1, report.Updated);
        await using var db = _app.NewDb();
        Assert.Equal("Keeping calm while a bug hides.", (await db.Skills.SingleAsync(s => s.Slug == "patience")).Summary);
    }

    [Fact]
    public async Task A_changed_career_file_replaces_its_levels_and_titles()
    {
        var path = Path.Combine(_content, "careers", "test-analyst", "career.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: Head of Quality", "title: VP of Quality", StringComparison.Ordinal));

        var report = await ImportAsync();

        Assert.Equal(1, report.Updated);
        await using var db = _app.NewDb();
        Assert.Equal(["QA Intern", "Quality Engineer", "VP of Quality"], await db.JobTitles.OrderBy(t => t.Order).Select(t => t.Title).ToListAsync());
        Assert.Equal(3, await db.CareerLevels.CountAsync());
    }

    [Fact]
    public async Task An_editors_change_is_kept_when_the_file_did_not_change()
    {
        await using (var db = _app.NewDb())
        {
            var skill = await db.Skills.SingleAsync(s => s.Slug == "patience");
            skill.Summary = "Edited by HR.";
            await db.SaveChangesAsync();
        }

        var report = await ImportAsync();

        Assert.Equal(0, report.Updated);
        await using var check = _app.NewDb();
        Assert.Equal("Edited by HR.", (await check.Skills.SingleAsync(s => s.Slug == "patience")).Summary);
    }

    [Fact]
    public async Task A_row_and_its_file_both_changed_is_a_conflict_and_the_row_wins()
    {
        await using (var db = _app.NewDb())
        {
            var section = await db.GuideSections.SingleAsync(s => s.Slug == "interviews");
            section.Markdown = "Edited by HR.\n";
            await db.SaveChangesAsync();
        }
        var path = Path.Combine(_content, "careers", "test-analyst", "sections", "20-interviews.md");
        File.AppendAllText(path, "\nAnd a new paragraph in git.\n");

        var report = await ImportAsync();

        var conflict = Assert.Single(report.Conflicts);
        Assert.Contains("20-interviews.md", conflict);
        await using var check = _app.NewDb();
        Assert.Equal("Edited by HR.\n", (await check.GuideSections.SingleAsync(s => s.Slug == "interviews")).Markdown);
    }

    [Theory]
    [InlineData("catalog/levels.yml", "- slug: entry\n  name: [unclosed\n", "catalog/levels.yml:2")]
    [InlineData("catalog/skills.yml", "- slug: x\n  name: X\n  kind: technical\n  summary: S\n  colour: blue\n", "catalog/skills.yml:5")]
    [InlineData("catalog/skills.yml", "- slug: a\n  name: A\n  kind: soft\n  summary: S.\n- slug: b\n  name: B\n  kind: soft\n  summary: S.\n- slug: c\n  name: C\n  kind: soft\n\tsummary: S.\n",
        "catalog/skills.yml:12: a tab in the indentation")]
    [InlineData("catalog/skills.yml", "- slug: a\n  name: A\n  kind: soft\n  summary: &s Same words.\n  keySkills: [One, *s]\n", "catalog/skills.yml:5: '*s' is a YAML alias")]
    [InlineData("careers/test-analyst/sections/10-overview.md", "no front matter here", "10-overview.md:1")]
    [InlineData("careers/test-analyst/sections/10-overview.md", "---\nslug: overview\ntitle: [broken\n---\nBody", "10-overview.md:")]
    public async Task Malformed_files_are_rejected_with_file_and_line_and_nothing_is_written(string file, string content, string expected)
    {
        var before = await SnapshotAsync();
        File.WriteAllText(Path.Combine(_content, file), content);

        var error = await Assert.ThrowsAsync<ContentException>(ImportAsync);

        Assert.True(error.Errors.Any(e => e.Contains(expected, StringComparison.Ordinal)), string.Join("\n", error.Errors));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("- skill: patience\n        importance: essential", "- skill: no-such-skill\n        importance: essential", "unknown skill 'no-such-skill'")]
    [InlineData("  - level: senior\n", "  - level: principal\n", "unknown level 'principal'")]
    [InlineData("    importance: essential\n    certifications: [istqb-fl]", "    importance: essential\n    certifications: [no-such-cert]", "unknown certification 'no-such-cert'")]
    [InlineData("  - slug: performance\n", "  - slug: Performance Testing\n", "not a valid slug")]
    [InlineData("tools: [bug-tracker, test-runner]", "tools: [bug-tracker, bug-tracker]", "duplicate tool 'bug-tracker'")]
    public async Task Bad_references_in_a_career_file_are_rejected_with_file_and_line(string find, string replace, string expected)
    {
        var path = Path.Combine(_content, "careers", "test-analyst", "career.yml");
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        var before = await SnapshotAsync();

        var error = await Assert.ThrowsAsync<ContentException>(ImportAsync);

        var message = Assert.Single(error.Errors, e => e.Contains(expected, StringComparison.Ordinal));
        Assert.Matches(@"^careers/test-analyst/career\.yml:\d+: ", message);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_duplicate_slug_is_rejected_naming_both_lines()
    {
        var path = Path.Combine(_content, "catalog", "skills.yml");
        File.AppendAllText(path, "- slug: patience\n  name: Patience again\n  kind: soft\n  summary: Twice.\n");

        var error = await Assert.ThrowsAsync<ContentException>(ImportAsync);

        Assert.Contains(error.Errors, e => e.StartsWith("catalog/skills.yml:15: duplicate skill slug 'patience' (first at line 11)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_with_one_bad_file_imports_none_of_the_good_ones()
    {
        var tools = Path.Combine(_content, "catalog", "tools.yml");
        File.AppendAllText(tools, "- slug: new-tool\n  name: New Tool\n  category: Tracking\n  summary: Brand new.\n");
        var levels = Path.Combine(_content, "catalog", "levels.yml");
        File.WriteAllText(levels, File.ReadAllText(levels) + "- slug: broken\n  order: [\n");

        await Assert.ThrowsAsync<ContentException>(ImportAsync);

        await using var db = _app.NewDb();
        Assert.False(await db.Tools.AnyAsync(t => t.Slug == "new-tool"));
    }
}
