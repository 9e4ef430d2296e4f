using System.Globalization;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Admin;

/// <summary>How to create, find and edit one kind of record through its admin pages, so the same
/// tests (create and delete, invalid input, stale form) run over every kind.</summary>
public sealed record Kind(
    string Segment,
    Func<CareerDb, string, Task<(string Query, Dictionary<string, string> Fields)>> New,
    Func<CareerDb, string, Task<int?>> Find,
    string RequiredField,
    string KeptField,
    Func<CareerDb, Task<int>> Existing,
    string ConflictField,
    Func<CareerDb, int, Task<string>> Read)
{
    public override string ToString() => Segment;

    public static IReadOnlyDictionary<string, Kind> All { get; } = new Kind[]
    {
        new("careers",
            (_, m) => Task.FromResult(Fields("", ("Input.Title", m), ("Input.Slug", m), ("Input.Summary", "A summary."), ("Input.Description", "A career made by a test."))),
            async (db, m) => await db.Careers.Where(c => c.Slug == m).Select(c => (int?)c.Id).SingleOrDefaultAsync(),
            "Input.Title", "Input.Summary",
            db => db.Careers.Where(c => c.Slug == "data-steward").Select(c => c.Id).SingleAsync(),
            "Input.Summary", async (db, id) => (await db.Careers.SingleAsync(c => c.Id == id)).Summary),
        new("levels",
            (_, m) => Task.FromResult(Fields("", ("Input.Name", m), ("Input.Slug", m), ("Input.Order", (100 + Math.Abs(m.GetHashCode(StringComparison.Ordinal)) % 800).ToString(CultureInfo.InvariantCulture)), ("Input.Summary", "A level."))),
            async (db, m) => await db.Levels.Where(l => l.Slug == m).Select(l => (int?)l.Id).SingleOrDefaultAsync(),
            "Input.Name", "Input.Summary",
            db => db.Levels.Where(l => l.Slug == "mid").Select(l => l.Id).SingleAsync(),
            "Input.Summary", async (db, id) => (await db.Levels.SingleAsync(l => l.Id == id)).Summary),
        new("career-levels",
            async (db, m) => Fields($"?careerId={await CareerAsync(db, "data-steward")}", ("Input.LevelId", await LevelAsync(db, "entry")), ("Input.Title", m), ("Input.Focus", "Focus.")),
            async (db, m) => await db.CareerLevels.Where(l => l.Title == m).Select(l => (int?)l.Id).SingleOrDefaultAsync(),
            "Input.Title", "Input.Focus",
            db => db.CareerLevels.Where(l => l.Career.Slug == "test-analyst" && l.Level.Slug == "senior").Select(l => l.Id).SingleAsync(),
            "Input.Focus", async (db, id) => (await db.CareerLevels.SingleAsync(l => l.Id == id)).Focus),
        new("skills",
            (_, m) => Task.FromResult(Fields("", ("Input.Name", m), ("Input.Slug", m), ("Input.Kind", "Soft"), ("Input.Summary", "A skill."))),
            async (db, m) => await db.Skills.Where(s => s.Slug == m).Select(s => (int?)s.Id).SingleOrDefaultAsync(),
            "Input.Name", "Input.Summary",
            db => db.Skills.Where(s => s.Slug == "defect-triage").Select(s => s.Id).SingleAsync(),
            "Input.WhyItMatters", async (db, id) => (await db.Skills.SingleAsync(s => s.Id == id)).WhyItMatters ?? ""),
        new("certifications",
            (_, m) => Task.FromResult(Fields("", ("Input.Abbreviation", m.ToUpperInvariant()), ("Input.Name", m), ("Input.Slug", m), ("Input.Summary", "A certification."))),
            async (db, m) => await db.Certifications.Where(c => c.Slug == m).Select(c => (int?)c.Id).SingleOrDefaultAsync(),
            "Input.Abbreviation", "Input.Summary",
            db => db.Certifications.Where(c => c.Slug == "istqb-fl").Select(c => c.Id).SingleAsync(),
            "Input.Covers", async (db, id) => (await db.Certifications.SingleAsync(c => c.Id == id)).Covers ?? ""),
        new("tools",
            (_, m) => Task.FromResult(Fields("", ("Input.Name", m), ("Input.Slug", m), ("Input.Category", "Testing"), ("Input.Summary", "A tool."))),
            async (db, m) => await db.Tools.Where(t => t.Slug == m).Select(t => (int?)t.Id).SingleOrDefaultAsync(),
            "Input.Category", "Input.Summary",
            db => db.Tools.Where(t => t.Slug == "bug-tracker").Select(t => t.Id).SingleAsync(),
            "Input.Summary", async (db, id) => (await db.Tools.SingleAsync(t => t.Id == id)).Summary),
        new("job-titles",
            async (db, m) => Fields($"?careerId={await CareerAsync(db, "test-analyst")}", ("Input.Title", m), ("Input.LevelId", await LevelAsync(db, "entry")), ("Input.Summary", "A title.")),
            async (db, m) => await db.JobTitles.Where(t => t.Title == m).Select(t => (int?)t.Id).SingleOrDefaultAsync(),
            "Input.Title", "Input.Summary",
            db => db.JobTitles.Where(t => t.Title == "Head of Quality").Select(t => t.Id).SingleAsync(),
            "Input.Summary", async (db, id) => (await db.JobTitles.SingleAsync(t => t.Id == id)).Summary),
        new("specializations",
            async (db, m) => Fields($"?careerId={await CareerAsync(db, "test-analyst")}", ("Input.Name", m), ("Input.Slug", m), ("Input.Summary", "A specialization.")),
            async (db, m) => await db.Specializations.Where(s => s.Slug == m).Select(s => (int?)s.Id).SingleOrDefaultAsync(),
            "Input.Name", "Input.Summary",
            db => db.Specializations.Where(s => s.Slug == "performance").Select(s => s.Id).SingleAsync(),
            "Input.Summary", async (db, id) => (await db.Specializations.SingleAsync(s => s.Id == id)).Summary),
        new("related-careers",
            async (db, m) =>
            {
                // Both fixture careers already link to each other: a new link needs a third career.
                var other = new Career { Slug = m + "-career", Title = m, Summary = "Another career.", Description = "Another career." };
                db.Careers.Add(other);
                await db.SaveChangesAsync();
                return Fields($"?careerId={await CareerAsync(db, "test-analyst")}", ("Input.RelatedCareerId", other.Id.ToString(CultureInfo.InvariantCulture)), ("Input.Kind", "NextStep"), ("Input.Note", m));
            },
            async (db, m) => await db.CareerRelations.Where(r => r.Note == m).Select(r => (int?)r.Id).SingleOrDefaultAsync(),
            "Input.RelatedCareerId", "Input.Note",
            db => db.CareerRelations.Where(r => r.Career.Slug == "data-steward").Select(r => r.Id).SingleAsync(),
            "Input.Note", async (db, id) => (await db.CareerRelations.SingleAsync(r => r.Id == id)).Note),
        new("advancement-tiers",
            async (db, m) => Fields($"?careerId={await CareerAsync(db, "test-analyst")}", ("Input.Tier", m), ("Input.Options", "Head of Testing\nCTO")),
            async (db, m) => await db.Advancements.Where(a => a.Tier == m).Select(a => (int?)a.Id).SingleOrDefaultAsync(),
            "Input.Tier", "Input.Options",
            db => db.Advancements.Where(a => a.Career.Slug == "test-analyst").OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(),
            "Input.Options", async (db, id) => string.Join("\n", (await db.Advancements.SingleAsync(a => a.Id == id)).Options)),
        new("sections",
            async (db, m) => Fields($"?careerId={await CareerAsync(db, "test-analyst")}", ("Input.Title", m), ("Input.Slug", m), ("Input.Description", "A section made by a test."),
                ("Input.Order", "500"), ("Input.Status", "Draft"), ("Input.Markdown", "Some **text**.")),
            async (db, m) => await db.GuideSections.Where(s => s.Slug == m).Select(s => (int?)s.Id).SingleOrDefaultAsync(),
            "Input.Title", "Input.Markdown",
            db => db.GuideSections.Where(s => s.Slug == "overview" && s.Career.Slug == "test-analyst").Select(s => s.Id).SingleAsync(),
            "Input.Description", async (db, id) => (await db.GuideSections.SingleAsync(s => s.Id == id)).Description),
    }.ToDictionary(k => k.Segment);

    /// <summary>Every kind the admin lists (<see cref="Web.Areas.Admin.AdminKinds"/>): a kind added
    /// there without test data here fails every theory.</summary>
    public static TheoryData<string> Names => new(Web.Areas.Admin.AdminKinds.All.Select(k => k.Segment));

    private static (string, Dictionary<string, string>) Fields(string query, params (string Name, string Value)[] fields) =>
        (query, fields.ToDictionary(f => f.Name, f => f.Value));

    private static async Task<int> CareerAsync(CareerDb db, string slug) => await db.Careers.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();

    private static async Task<string> LevelAsync(CareerDb db, string slug) =>
        (await db.Levels.Where(l => l.Slug == slug).Select(l => l.Id).SingleAsync()).ToString(CultureInfo.InvariantCulture);
}
