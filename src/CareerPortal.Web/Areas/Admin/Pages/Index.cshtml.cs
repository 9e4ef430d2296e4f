using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages;

/// <summary>The admin home: what there is to edit, and what was edited last.</summary>
public sealed class IndexModel(CareerDb db) : AdminPage
{
    private const int RecentCount = 10;

    public IReadOnlyList<Kind> Kinds { get; private set; } = [];
    public IReadOnlyList<Edit> RecentEdits { get; private set; } = [];
    public IReadOnlyList<RevisionLine> RecentRevisions { get; private set; } = [];

    public sealed record Kind(string Name, string Page, int Count);
    public sealed record Edit(string Kind, string Title, string Page, int Id, DateTime UpdatedAt);
    public sealed record RevisionLine(int SectionId, string Section, string Career, string? Author, DateTime CreatedAt);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Kinds =
        [
            new("All career paths", "/Careers/Index", await db.Careers.CountAsync(cancellationToken)),
            new("Stages on each path", "/CareerLevels/Index", await db.CareerLevels.CountAsync(cancellationToken)),
            new("Guide sections", "/Sections/Index", await db.GuideSections.CountAsync(cancellationToken)),
            new("Job titles", "/JobTitles/Index", await db.JobTitles.CountAsync(cancellationToken)),
            new("Specializations", "/Specializations/Index", await db.Specializations.CountAsync(cancellationToken)),
            new("Related careers", "/Relations/Index", await db.CareerRelations.CountAsync(cancellationToken)),
            new("Advancement tiers", "/Advancements/Index", await db.Advancements.CountAsync(cancellationToken)),
            new("Ladder levels", "/Levels/Index", await db.Levels.CountAsync(cancellationToken)),
            new("Skills", "/Skills/Index", await db.Skills.CountAsync(cancellationToken)),
            new("Certifications", "/Certifications/Index", await db.Certifications.CountAsync(cancellationToken)),
            new("Tools", "/Tools/Index", await db.Tools.CountAsync(cancellationToken)),
        ];

        var edits = new List<Edit>();
        edits.AddRange(await Recent(db.Careers, c => new Edit("Career", c.Title, "/Careers/Edit", c.Id, c.UpdatedAt), cancellationToken));
        edits.AddRange(await Recent(db.CareerLevels, l => new Edit("Career level", l.Career.Title + ": " + l.Title, "/CareerLevels/Edit", l.Id, l.UpdatedAt), cancellationToken));
        edits.AddRange(await Recent(db.GuideSections, s => new Edit("Guide section", s.Career.Title + ": " + s.Title, "/Sections/Edit", s.Id, s.UpdatedAt), cancellationToken));
        edits.AddRange(await Recent(db.JobTitles, t => new Edit("Job title", t.Career.Title + ": " + t.Title, "/JobTitles/Edit", t.Id, t.UpdatedAt), cancellationToken));
        edits.AddRange(await Recent(db.Specializations, s => new Edit("Specialization", s.Career.Title + ": " + s.Name, "/Specializations/Edit", s.Id, s.UpdatedAt), cancellationToken));
        edits.AddRange(await Recent(db.CareerRelations, r => new Edit("Related career", r.Career.Title + " to " + r.RelatedCareer.Title, "/Relations/Edit", r.Id, r.UpdatedAt), cancellationToken));
        edits.AddRange(await Recent(db.Advancements, a => new Edit("Advancement tier", a.Career.Title + ": " + a.Tier, "/Advancements/Edit", a.Id, a.UpdatedAt), cancellationToken));
        edits.AddRange(await Recent(db.Levels, l => new Edit("Level", l.Name, "/Levels/Edit", l.Id, l.UpdatedAt), cancellationToken));
        edits.AddRange(await Recent(db.Skills, s => new Edit("Skill", s.Name, "/Skills/Edit", s.Id, s.UpdatedAt), cancellationToken));
        edits.AddRange(await Recent(db.Certifications, c => new Edit("Certification", c.Abbreviation + ": " + c.Name, "/Certifications/Edit", c.Id, c.UpdatedAt), cancellationToken));
        edits.AddRange(await Recent(db.Tools, t => new Edit("Tool", t.Name, "/Tools/Edit", t.Id, t.UpdatedAt), cancellationToken));
        RecentEdits = edits.OrderByDescending(e => e.UpdatedAt).Take(RecentCount).ToList();

        RecentRevisions = await db.Revisions.AsNoTracking()
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Take(RecentCount)
            .Select(r => new RevisionLine(r.GuideSectionId, r.Title, r.GuideSection.Career.Title, r.Author, r.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    private static Task<List<Edit>> Recent<T>(IQueryable<T> rows, System.Linq.Expressions.Expression<Func<T, Edit>> line, CancellationToken cancellationToken) where T : Entity =>
        rows.AsNoTracking().OrderByDescending(r => r.UpdatedAt).Take(RecentCount).Select(line).ToListAsync(cancellationToken);
}
