using System.Linq.Expressions;
using CareerPortal.Web.Areas.Admin.History;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin;

/// <summary>A row of the "edited last" list on the overview.</summary>
public sealed record RecentEdit(string Kind, string Title, string Page, int Id, DateTime UpdatedAt, string? UpdatedBy);

/// <summary>One kind of record editors keep: its menu entry, its pages (the folder under
/// Areas/Admin/Pages), its address segment, its rows' type, how its history snapshots it, its
/// count and its latest edits.</summary>
public sealed record AdminKind(string Name, string Singular, string Group, string Folder, string Segment,
    Type EntityType, RecordHistory History,
    Func<CareerDb, CancellationToken, Task<int>> CountAsync,
    Func<CareerDb, int, CancellationToken, Task<List<RecentEdit>>> RecentAsync)
{
    public string IndexPage => $"/{Folder}/Index";
    public string EditPage => $"/{Folder}/Edit";
}

/// <summary>The one list of admin kinds: the menu, the overview's counts and "edited last", and the
/// tests (every kind has its edit, stale edit and stale delete checked) all read it.</summary>
public static class AdminKinds
{
    public const string CareerPaths = "Career paths";
    public const string Catalog = "Catalog";

    public static IReadOnlyList<AdminKind> All { get; } =
    [
        Kind("All career paths", "Career path", CareerPaths, "Careers", "careers", new CareerHistory(), db => db.Careers, c => c.Title),
        Kind("Stages on each path", "Stage", CareerPaths, "CareerLevels", "career-levels", new CareerLevelHistory(), db => db.CareerLevels, l => l.Career.Title + ": " + l.Title),
        Kind("Guide sections", "Guide section", CareerPaths, "Sections", "sections", new SectionHistory(), db => db.GuideSections, s => s.Career.Title + ": " + s.Title),
        Kind("Job titles", "Job title", CareerPaths, "JobTitles", "job-titles", new JobTitleHistory(), db => db.JobTitles, t => t.Career.Title + ": " + t.Title),
        Kind("Specializations", "Specialization", CareerPaths, "Specializations", "specializations", new SpecializationHistory(), db => db.Specializations, s => s.Career.Title + ": " + s.Name),
        Kind("Related careers", "Related career", CareerPaths, "Relations", "related-careers", new RelationHistory(), db => db.CareerRelations, r => r.Career.Title + " to " + r.RelatedCareer.Title),
        Kind("Advancement tiers", "Advancement tier", CareerPaths, "Advancements", "advancement-tiers", new AdvancementHistory(), db => db.Advancements, a => a.Career.Title + ": " + a.Tier),
        Kind("Ladder levels", "Ladder level", Catalog, "Levels", "levels", new LevelHistory(), db => db.Levels, l => l.Name),
        Kind("Skills", "Skill", Catalog, "Skills", "skills", new SkillHistory(), db => db.Skills, s => s.Name),
        Kind("Certifications", "Certification", Catalog, "Certifications", "certifications", new CertificationHistory(), db => db.Certifications, c => c.Abbreviation + ": " + c.Name),
        Kind("Tools", "Tool", Catalog, "Tools", "tools", new ToolHistory(), db => db.Tools, t => t.Name),
    ];

    public static IEnumerable<IGrouping<string, AdminKind>> Groups => All.GroupBy(k => k.Group);

    /// <summary>The kind whose rows are <paramref name="row"/>'s type.</summary>
    public static AdminKind Of(Entity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return All.Single(k => k.EntityType == row.GetType());
    }

    public static AdminKind? BySegment(string segment) => All.FirstOrDefault(k => k.Segment == segment);

    private static AdminKind Kind<T>(string name, string singular, string group, string folder, string segment, RecordHistory history,
        Func<CareerDb, IQueryable<T>> rows, Expression<Func<T, string>> title) where T : Entity
    {
        // r => new RecentEdit(singular, title(r), page, r.Id, r.UpdatedAt, r.UpdatedBy), built once so EF translates it.
        var row = title.Parameters[0];
        var line = Expression.Lambda<Func<T, RecentEdit>>(
            Expression.New(typeof(RecentEdit).GetConstructors()[0],
                Expression.Constant(singular), title.Body, Expression.Constant($"/{folder}/Edit"),
                Expression.Property(row, nameof(Entity.Id)), Expression.Property(row, nameof(Entity.UpdatedAt)), Expression.Property(row, nameof(Entity.UpdatedBy))),
            row);
        return new AdminKind(name, singular, group, folder, segment, typeof(T), history,
            (db, cancellationToken) => rows(db).CountAsync(cancellationToken),
            (db, count, cancellationToken) => rows(db).AsNoTracking().OrderByDescending(r => r.UpdatedAt).Take(count).Select(line).ToListAsync(cancellationToken));
    }
}
