using CareerPortal.Web.Content;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.History;

/// <summary>Ladder levels: used by career levels, job titles and certifications, so one that is
/// used cannot be deleted (see its delete page); its snapshot is its item in catalog/levels.yml.</summary>
public sealed class LevelHistory : RecordHistory<Level, LevelFile>
{
    public override async Task<Snapshot?> TakeAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        await db.Levels.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken) is { } level ? Snapshot.Of(ContentMapper.ToFile(level)) : null;

    protected override string Title(LevelFile document, Snapshot snapshot) => document.Name;

    protected override Task<Level?> LoadAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        db.Levels.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);

    protected override Task ApplyAsync(CareerDb db, MarkdownRenderer markdown, LevelFile document, Snapshot snapshot, Level row, Restoring restoring, CancellationToken cancellationToken)
    {
        (row.Slug, row.Name, row.Order, row.MinYears, row.MaxYears, row.Summary) =
            (document.Slug, document.Name, document.Order, document.MinYears, document.MaxYears, document.Summary);
        return Task.CompletedTask;
    }
}

/// <summary>Skills: a deleted skill takes its career-level links to the trash and brings back those whose level is still there.</summary>
public sealed class SkillHistory : RecordHistory<Skill, SkillFile>
{
    public override async Task<Snapshot?> TakeAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        await db.Skills.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { } skill ? Snapshot.Of(ContentMapper.ToFile(skill)) : null;

    protected override string Title(SkillFile document, Snapshot snapshot) => document.Name;

    protected override Task<Skill?> LoadAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        db.Skills.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public override Task<List<Use>> UsesAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        db.CareerLevelSkills.AsNoTracking().Where(s => s.SkillId == id).OrderBy(s => s.CareerLevelId)
            .Select(s => new Use(s.CareerLevel.Career.Slug, s.CareerLevel.Level.Slug, s.Importance.ToString(), s.Order)).ToListAsync(cancellationToken);

    public override async Task RemoveUsesAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        db.CareerLevelSkills.RemoveRange(await db.CareerLevelSkills.Where(s => s.SkillId == id).ToListAsync(cancellationToken));

    protected override async Task ApplyAsync(CareerDb db, MarkdownRenderer markdown, SkillFile document, Snapshot snapshot, Skill row, Restoring restoring, CancellationToken cancellationToken)
    {
        (row.Slug, row.Name, row.Kind, row.Summary, row.WhyItMatters, row.KeySkills) =
            (document.Slug, document.Name, ContentValues.SkillKinds[document.Kind], document.Summary, document.WhyItMatters, document.KeySkills ?? []);
        var stages = await StagesAsync(db, cancellationToken);
        foreach (var use in snapshot.Uses ?? [])
        {
            if (restoring.Has(stages, StageKey(use.Career, use.Level), "the career level"))
            {
                row.CareerLevels.Add(new CareerLevelSkill { CareerLevel = stages[StageKey(use.Career, use.Level)], Importance = Enum.Parse<Importance>(use.Importance!), Order = use.Order });
            }
        }
    }
}

/// <summary>Certifications: a deleted one takes its career-level links to the trash; its ladder level may be gone on restore.</summary>
public sealed class CertificationHistory : RecordHistory<Certification, CertificationFile>
{
    public override async Task<Snapshot?> TakeAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        await db.Certifications.AsNoTracking().Include(c => c.Level).FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is { } certification
            ? Snapshot.Of(ContentMapper.ToFile(certification)) : null;

    protected override string Title(CertificationFile document, Snapshot snapshot) => $"{document.Abbreviation}: {document.Name}";

    protected override Task<Certification?> LoadAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        db.Certifications.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public override Task<List<Use>> UsesAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        db.CareerLevelCertifications.AsNoTracking().Where(c => c.CertificationId == id).OrderBy(c => c.CareerLevelId)
            .Select(c => new Use(c.CareerLevel.Career.Slug, c.CareerLevel.Level.Slug, null, c.Order)).ToListAsync(cancellationToken);

    public override async Task RemoveUsesAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        db.CareerLevelCertifications.RemoveRange(await db.CareerLevelCertifications.Where(c => c.CertificationId == id).ToListAsync(cancellationToken));

    protected override async Task ApplyAsync(CareerDb db, MarkdownRenderer markdown, CertificationFile document, Snapshot snapshot, Certification row, Restoring restoring, CancellationToken cancellationToken)
    {
        var levels = await LevelsAsync(db, cancellationToken);
        (row.Slug, row.Abbreviation, row.Name, row.Issuer, row.Summary, row.Prerequisites, row.Covers) =
            (document.Slug, document.Abbreviation, document.Name, document.Issuer, document.Summary, document.Prerequisites, document.Covers);
        row.Level = restoring.Has(levels, document.Level, "the ladder level") && document.Level is { } level ? levels[level] : null;
        var stages = await StagesAsync(db, cancellationToken);
        foreach (var use in snapshot.Uses ?? [])
        {
            if (restoring.Has(stages, StageKey(use.Career, use.Level), "the career level"))
            {
                row.CareerLevels.Add(new CareerLevelCertification { CareerLevel = stages[StageKey(use.Career, use.Level)], Order = use.Order });
            }
        }
    }
}

/// <summary>Tools: a deleted tool takes the careers' links to it to the trash.</summary>
public sealed class ToolHistory : RecordHistory<Tool, ToolFile>
{
    public override async Task<Snapshot?> TakeAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        await db.Tools.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken) is { } tool ? Snapshot.Of(ContentMapper.ToFile(tool)) : null;

    protected override string Title(ToolFile document, Snapshot snapshot) => document.Name;

    protected override Task<Tool?> LoadAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        db.Tools.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    public override Task<List<Use>> UsesAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        db.CareerTools.AsNoTracking().Where(t => t.ToolId == id).OrderBy(t => t.CareerId)
            .Select(t => new Use(t.Career.Slug, null, null, t.Order)).ToListAsync(cancellationToken);

    public override async Task RemoveUsesAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        db.CareerTools.RemoveRange(await db.CareerTools.Where(t => t.ToolId == id).ToListAsync(cancellationToken));

    protected override async Task ApplyAsync(CareerDb db, MarkdownRenderer markdown, ToolFile document, Snapshot snapshot, Tool row, Restoring restoring, CancellationToken cancellationToken)
    {
        (row.Slug, row.Name, row.Category, row.Summary) = (document.Slug, document.Name, document.Category, document.Summary);
        var careers = await CareersAsync(db, cancellationToken);
        foreach (var use in snapshot.Uses ?? [])
        {
            if (restoring.Has(careers, use.Career, "the career"))
            {
                row.Careers.Add(new CareerTool { Career = careers[use.Career], Order = use.Order });
            }
        }
    }
}
