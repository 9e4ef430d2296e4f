using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Seo;

/// <summary>The ids and change times of every public row, read in one go for the sitemap: a few
/// small queries instead of one per page.</summary>
internal sealed class SitemapRows
{
    public sealed record CareerRow(int Id, string Slug, bool IsThin, DateTime UpdatedAt);
    public sealed record LevelRow(int Id, string Slug, int Order, DateTime UpdatedAt);
    public sealed record StageRow(int Id, int CareerId, int LevelId, DateTime UpdatedAt);
    public sealed record TitleRow(int CareerId, int LevelId, string Title, DateTime UpdatedAt);
    public sealed record PartRow(int CareerId, DateTime UpdatedAt);
    public sealed record SectionRow(int CareerId, string Slug, DateTime UpdatedAt);
    public sealed record ItemRow(int Id, string Slug, DateTime UpdatedAt);
    public sealed record CertificationRow(int Id, string Slug, int? LevelId, DateTime UpdatedAt);

    public required List<CareerRow> Careers { get; init; }
    public required Dictionary<int, LevelRow> Levels { get; init; }
    public required List<StageRow> Stages { get; init; }
    public required List<TitleRow> Titles { get; init; }
    /// <summary>Specializations, related careers (the relation and the career it names) and
    /// further roles: what a career page shows besides levels, titles, tools and sections.</summary>
    public required List<PartRow> CareerParts { get; init; }
    /// <summary>The tools each career uses, with the tool's change time.</summary>
    public required List<PartRow> Tools { get; init; }
    public required List<SectionRow> Sections { get; init; }
    public required List<ItemRow> Skills { get; init; }
    public required List<CertificationRow> Certifications { get; init; }
    public required HashSet<(int StageId, int SkillId)> StageSkills { get; init; }
    public required HashSet<(int StageId, int CertificationId)> StageCertifications { get; init; }
    /// <summary>The skill and certification change times per stage.</summary>
    public required ILookup<int, DateTime> StageItems { get; init; }

    /// <summary>A stage's own row, its catalog level and the skills and certifications it lists.</summary>
    public IEnumerable<DateTime> StageDates(StageRow stage) =>
        StageItems[stage.Id].Append(stage.UpdatedAt).Append(Levels[stage.LevelId].UpdatedAt);

    public IEnumerable<DateTime> CareerDates(IEnumerable<StageRow> stages) =>
        stages.Select(s => s.CareerId).Distinct().Select(id => Careers.First(c => c.Id == id).UpdatedAt);

    public static async Task<SitemapRows> LoadAsync(CareerDb db, CancellationToken cancellationToken)
    {
        var stageSkills = await db.CareerLevelSkills.AsNoTracking()
            .Select(s => new { s.CareerLevelId, s.SkillId, s.Skill.UpdatedAt }).ToListAsync(cancellationToken);
        var stageCertifications = await db.CareerLevelCertifications.AsNoTracking()
            .Select(c => new { c.CareerLevelId, c.CertificationId, c.Certification.UpdatedAt }).ToListAsync(cancellationToken);
        var parts = new List<PartRow>();
        parts.AddRange(await db.Specializations.AsNoTracking().Select(s => new PartRow(s.CareerId, s.UpdatedAt)).ToListAsync(cancellationToken));
        parts.AddRange(await db.Advancements.AsNoTracking().Select(a => new PartRow(a.CareerId, a.UpdatedAt)).ToListAsync(cancellationToken));
        parts.AddRange(await db.CareerRelations.AsNoTracking().Select(r => new PartRow(r.CareerId, r.UpdatedAt)).ToListAsync(cancellationToken));
        parts.AddRange(await db.CareerRelations.AsNoTracking().Select(r => new PartRow(r.CareerId, r.RelatedCareer.UpdatedAt)).ToListAsync(cancellationToken));
        return new SitemapRows
        {
            Careers = await db.Careers.AsNoTracking().OrderBy(c => c.Slug)
                .Select(c => new CareerRow(c.Id, c.Slug, c.IsThin, c.UpdatedAt)).ToListAsync(cancellationToken),
            Levels = await db.Levels.AsNoTracking()
                .Select(l => new LevelRow(l.Id, l.Slug, l.Order, l.UpdatedAt)).ToDictionaryAsync(l => l.Id, cancellationToken),
            Stages = await db.CareerLevels.AsNoTracking().OrderBy(s => s.CareerId).ThenBy(s => s.Level.Order)
                .Select(s => new StageRow(s.Id, s.CareerId, s.LevelId, s.UpdatedAt)).ToListAsync(cancellationToken),
            Titles = await db.JobTitles.AsNoTracking()
                .Select(t => new TitleRow(t.CareerId, t.LevelId, t.Title, t.UpdatedAt)).ToListAsync(cancellationToken),
            CareerParts = parts,
            Tools = await db.CareerTools.AsNoTracking()
                .Select(t => new PartRow(t.CareerId, t.Tool.UpdatedAt)).ToListAsync(cancellationToken),
            Sections = await db.GuideSections.AsNoTracking().Where(s => s.Status == SectionStatus.Published).OrderBy(s => s.CareerId).ThenBy(s => s.Order)
                .Select(s => new SectionRow(s.CareerId, s.Slug, s.UpdatedAt)).ToListAsync(cancellationToken),
            Skills = await db.Skills.AsNoTracking().OrderBy(s => s.Slug)
                .Select(s => new ItemRow(s.Id, s.Slug, s.UpdatedAt)).ToListAsync(cancellationToken),
            Certifications = await db.Certifications.AsNoTracking().OrderBy(c => c.Slug)
                .Select(c => new CertificationRow(c.Id, c.Slug, c.LevelId, c.UpdatedAt)).ToListAsync(cancellationToken),
            StageSkills = stageSkills.Select(s => (s.CareerLevelId, s.SkillId)).ToHashSet(),
            StageCertifications = stageCertifications.Select(c => (c.CareerLevelId, c.CertificationId)).ToHashSet(),
            StageItems = stageSkills.Select(s => (s.CareerLevelId, s.UpdatedAt))
                .Concat(stageCertifications.Select(c => (c.CareerLevelId, c.UpdatedAt)))
                .ToLookup(x => x.CareerLevelId, x => x.UpdatedAt),
        };
    }
}
