using System.Globalization;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Content;

/// <summary><c>dotnet run -- generate 999</c>: adds that many synthetic career paths (every ladder
/// level with a title, skills and certifications from the catalog, job titles, tools and published
/// guide sections) to the configured database, so the benchmark can measure how the site's cost
/// grows with its content. For measurement only: it never reads or writes content/ (beyond the
/// first import a fresh database gets anyway), and its paths are named "Synthetic path N".</summary>
public static class SyntheticCareers
{
    public const string Verb = "generate";
    private const string SlugPrefix = "synthetic-path-";
    private const int SectionsPerCareer = 3;

    /// <summary>Runs on a migrated database (the command prepares it first, as the site does).</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not [var countText, ..] || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 100_000)
        {
            await error.WriteLineAsync($"Usage: {Verb} <N>  (N from 1 to 100000 synthetic career paths, added to the configured database; configuration may follow)");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerDb>();
        var renderer = scope.ServiceProvider.GetRequiredService<MarkdownRenderer>();
        var catalog = await Catalog.LoadAsync(db);
        if (catalog.Levels.Count == 0 || catalog.Skills.Count == 0)
        {
            await error.WriteLineAsync("The database has no ladder levels or skills to build synthetic paths from: import content first.");
            return 1;
        }
        var first = await db.Careers.CountAsync(c => c.Slug.StartsWith(SlugPrefix)) + 1;
        // Batches keep the change tracker small; each batch is one transaction. Catalog rows are
        // referenced by key only, so they are never added again.
        for (var start = first; start < first + count; start += 100)
        {
            db.ChangeTracker.Clear();
            var end = Math.Min(start + 100, first + count);
            for (var n = start; n < end; n++)
            {
                db.Careers.Add(Career(n, catalog, renderer));
            }
            await db.SaveChangesAsync();
        }
        await output.WriteLineAsync($"Added {count} synthetic career paths ({SlugPrefix}{first} to {SlugPrefix}{first + count - 1}).");
        return 0;
    }

    private sealed record Catalog(IReadOnlyList<Level> Levels, IReadOnlyList<Skill> Skills, IReadOnlyList<Certification> Certifications, IReadOnlyList<Tool> Tools)
    {
        public static async Task<Catalog> LoadAsync(CareerDb db) => new(
            await db.Levels.AsNoTracking().OrderBy(l => l.Order).ToListAsync(),
            await db.Skills.AsNoTracking().OrderBy(s => s.Id).ToListAsync(),
            await db.Certifications.AsNoTracking().OrderBy(c => c.Id).ToListAsync(),
            await db.Tools.AsNoTracking().OrderBy(t => t.Id).ToListAsync());
    }

    private static Career Career(int n, Catalog catalog, MarkdownRenderer renderer)
    {
        var name = $"Synthetic path {n}";
        var career = new Career
        {
            Slug = SlugPrefix + n.ToString(CultureInfo.InvariantCulture),
            Title = name,
            Summary = $"A generated career path, number {n}, used only to measure the site with more content.",
            Description = $"{name} exists so that load tests can see how pages and search behave as the number of career paths grows.",
            Responsibilities = ["Produce generated output", "Report on generated results", "Review generated output"],
            PublicId = Guid.NewGuid(),
        };
        foreach (var (level, index) in catalog.Levels.Select((level, index) => (level, index)))
        {
            career.Levels.Add(new CareerLevel
            {
                LevelId = level.Id,
                Title = $"{level.Name} {name}",
                MinYears = level.MinYears,
                MaxYears = level.MaxYears,
                Focus = $"What a {level.Name.ToLowerInvariant()} member of {name} concentrates on.",
                Responsibilities = [$"Deliver stage {index + 1} work", "Keep stakeholders informed"],
                TypicalRoles = [$"{level.Name} synthetic role"],
                Skills = [.. Pick(catalog.Skills, n + index, 4).Select((skill, order) => new CareerLevelSkill { SkillId = skill.Id, Importance = (Importance)(order % 3 + 1), Order = order })],
                Certifications = [.. Pick(catalog.Certifications, n + index, 1).Select(certification => new CareerLevelCertification { CertificationId = certification.Id })],
            });
            career.JobTitles.Add(new JobTitle { LevelId = level.Id, Title = $"{level.Name} Synthetic Analyst {n}", Summary = "A generated job title.", Order = index });
        }
        career.Tools.AddRange(Pick(catalog.Tools, n, 3).Select((tool, order) => new CareerTool { ToolId = tool.Id, Order = order }));
        for (var s = 1; s <= SectionsPerCareer; s++)
        {
            var markdown = $"## Part {s} of {name}\n\nGenerated filler text, written for measurement and nothing else.\n\n- first point\n- second point\n";
            career.Sections.Add(new GuideSection
            {
                Slug = $"part-{s}",
                Title = $"Part {s}",
                Description = $"Generated section {s} of {name}.",
                Order = s,
                Status = SectionStatus.Published,
                Markdown = markdown,
                Html = renderer.Render(markdown),
                PublicId = Guid.NewGuid(),
            });
        }
        return career;
    }

    private static IEnumerable<T> Pick<T>(IReadOnlyList<T> rows, int seed, int count) =>
        rows.Count == 0 ? [] : Enumerable.Range(0, Math.Min(count, rows.Count)).Select(i => rows[(seed + i * 7) % rows.Count]).Distinct();
}
