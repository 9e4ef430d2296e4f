using CareerPortal.Web.Content;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.History;

/// <summary>A career with its whole graph (its file in content/careers). Restoring matches its
/// children by their keys (a stage by its level, a title by its text...), so that the children
/// that stay keep their rows and their own history. In the trash it also keeps its guide sections.</summary>
public sealed class CareerHistory : RecordHistory<Career, CareerFile>
{
    public override async Task<Snapshot?> TakeAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        await db.Careers.AsNoTracking().WithGraph().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is { } career ? Snapshot.Of(ContentMapper.ToFile(career)) : null;

    protected override string Title(CareerFile document, Snapshot snapshot) => document.Title;

    public override async Task<Snapshot?> TakeForTrashAsync(CareerDb db, int id, CancellationToken cancellationToken)
    {
        var snapshot = await base.TakeForTrashAsync(db, id, cancellationToken);
        if (snapshot is not null)
        {
            var sections = await db.GuideSections.AsNoTracking().Where(s => s.CareerId == id).OrderBy(s => s.Order).ToListAsync(cancellationToken);
            snapshot.Sections = sections.Count == 0 ? null : sections.Select(ContentMapper.ToFile).ToList();
        }
        return snapshot;
    }

    protected override Task<Career?> LoadAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        db.Careers.WithGraph().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    protected override async Task ApplyAsync(CareerDb db, MarkdownRenderer markdown, CareerFile document, Snapshot snapshot, Career row, Restoring restoring, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        (row.Slug, row.Title, row.Summary, row.Description, row.OccupationCode, row.IsThin) =
            (document.Slug, document.Title, document.Summary, document.Description, document.OccupationCode, document.Thin);
        (row.ProfileMarkdown, row.ProfileHtml) = (document.Profile, document.Profile is null ? null : markdown.Render(document.Profile));
        (row.Responsibilities, row.ToolsAdvice) = (document.Responsibilities ?? [], document.ToolsAdvice);
        var levels = await LevelsAsync(db, cancellationToken);
        var skills = await db.Skills.ToDictionaryAsync(s => s.Slug, cancellationToken);
        var certifications = await db.Certifications.ToDictionaryAsync(c => c.Slug, cancellationToken);
        var tools = await db.Tools.ToDictionaryAsync(t => t.Slug, cancellationToken);
        var careers = await CareersAsync(db, cancellationToken);
        careers[row.Slug] = row;

        Children.Sync(db, row.Levels, (document.Levels ?? []).Where(l => restoring.Has(levels, l.Level, "the ladder level")), l => l.Level.Slug, l => l.Level,
            (stage, file, _) => CareerLevelHistory.Apply(db, stage, file, levels, skills, certifications, restoring));
        Children.Sync(db, row.JobTitles, (document.Titles ?? []).Where(t => restoring.Has(levels, t.Level, "the ladder level")), t => t.Title, t => t.Title,
            (title, file, order) => (title.Title, title.Level, title.Summary, title.Order) = (file.Title, levels[file.Level], file.Summary, order));
        Children.Sync(db, row.Specializations, document.Specializations ?? [], s => s.Slug, s => s.Slug,
            (specialization, file, order) => (specialization.Slug, specialization.Name, specialization.Summary, specialization.Order) = (file.Slug, file.Name, file.Summary, order));
        Children.Sync(db, row.Tools, (document.Tools ?? []).Where(t => restoring.Has(tools, t, "the tool")), t => t.Tool.Slug, t => t,
            (tool, slug, order) => (tool.Tool, tool.Order) = (tools[slug], order));
        Children.Sync(db, row.Relations, (document.Related ?? []).Where(r => restoring.Has(careers, r.Role, "the related career")), r => r.RelatedCareer.Slug, r => r.Role,
            (relation, file, order) => (relation.RelatedCareer, relation.Kind, relation.Note, relation.Order) = (careers[file.Role], ContentValues.RelationKinds[file.Kind], file.Note, order));
        Children.Sync(db, row.Advancements, document.Advancement ?? [], a => a.Tier, a => a.Tier,
            (tier, file, order) => (tier.Tier, tier.Options, tier.Order) = (file.Tier, file.Options ?? [], order));
        foreach (var file in snapshot.Sections ?? [])
        {
            row.Sections.Add(SectionHistory.Build(file, markdown));
        }
    }
}

/// <summary>One stage of a career with its skills and certifications (an item of a career file's levels).</summary>
public sealed class CareerLevelHistory : RecordHistory<CareerLevel, CareerLevelFile>
{
    public override async Task<Snapshot?> TakeAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        await db.CareerLevels.AsNoTracking().Include(l => l.Career).Include(l => l.Level)
            .Include(l => l.Skills).ThenInclude(s => s.Skill).Include(l => l.Certifications).ThenInclude(c => c.Certification)
            .AsSplitQuery().FirstOrDefaultAsync(l => l.Id == id, cancellationToken) is { } stage
            ? Snapshot.Of(ContentMapper.ToFile(stage), stage.Career.Slug) : null;

    protected override string Title(CareerLevelFile document, Snapshot snapshot) => $"{snapshot.Career}: {document.Title}";

    protected override Task<CareerLevel?> LoadAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        db.CareerLevels.Include(l => l.Level).Include(l => l.Skills).ThenInclude(s => s.Skill)
            .Include(l => l.Certifications).ThenInclude(c => c.Certification).AsSplitQuery().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);

    protected override async Task ApplyAsync(CareerDb db, MarkdownRenderer markdown, CareerLevelFile document, Snapshot snapshot, CareerLevel row, Restoring restoring, CancellationToken cancellationToken)
    {
        var levels = await LevelsAsync(db, cancellationToken);
        if (await CareerAsync(db, snapshot, restoring, cancellationToken) is not { } career)
        {
            return;
        }
        if (!levels.TryGetValue(document.Level, out var level))
        {
            restoring.Refusal = $"Its ladder level '{document.Level}' is gone.";
            return;
        }
        if (await db.CareerLevels.AnyAsync(l => l.CareerId == career.Id && l.LevelId == level.Id && l.Id != row.Id, cancellationToken))
        {
            restoring.Refusal = $"{career.Title} has another stage at the level {level.Name} now.";
            return;
        }
        row.Career = career;
        Apply(db, row, document, levels, await db.Skills.ToDictionaryAsync(s => s.Slug, cancellationToken),
            await db.Certifications.ToDictionaryAsync(c => c.Slug, cancellationToken), restoring);
    }

    internal static void Apply(CareerDb db, CareerLevel row, CareerLevelFile file, Dictionary<string, Level> levels,
        Dictionary<string, Skill> skills, Dictionary<string, Certification> certifications, Restoring restoring)
    {
        (row.Level, row.Title, row.MinYears, row.MaxYears, row.TypicalRoles, row.Focus) =
            (levels[file.Level], file.Title, file.MinYears, file.MaxYears, file.TypicalRoles ?? [], file.Focus);
        (row.Responsibilities, row.SkillsFocus, row.Goals, row.Balance) = (file.Responsibilities ?? [], file.SkillsFocus, file.Goals, file.Balance);
        Children.Sync(db, row.Skills, (file.Skills ?? []).Where(s => restoring.Has(skills, s.Skill, "the skill")), s => s.Skill.Slug, s => s.Skill,
            (link, item, order) => (link.Skill, link.Importance, link.Order) = (skills[item.Skill], ContentValues.Importances[item.Importance], order));
        Children.Sync(db, row.Certifications, (file.Certifications ?? []).Where(c => restoring.Has(certifications, c, "the certification")), c => c.Certification.Slug, c => c,
            (link, slug, order) => (link.Certification, link.Order) = (certifications[slug], order));
    }
}

/// <summary>The kinds that are one plain item of a career file (a job title, a specialization...).</summary>
public abstract class CareerPartHistory<TRow, TDocument> : RecordHistory<TRow, TDocument> where TRow : Entity, new()
{
    /// <summary>The rows with their career (and what <see cref="ToFile"/> needs).</summary>
    protected abstract IQueryable<TRow> Rows(CareerDb db);

    protected abstract Career CareerOf(TRow row);

    protected abstract TDocument ToFile(TRow row);

    protected abstract string Name(TDocument document);

    public override async Task<Snapshot?> TakeAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        await Rows(db).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } row
            ? Snapshot.Of(ToFile(row), CareerOf(row).Slug) : null;

    protected override string Title(TDocument document, Snapshot snapshot) => snapshot.Career is null ? Name(document) : $"{snapshot.Career}: {Name(document)}";

    protected override Task<TRow?> LoadAsync(CareerDb db, int id, CancellationToken cancellationToken) =>
        Rows(db).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    protected override async Task ApplyAsync(CareerDb db, MarkdownRenderer markdown, TDocument document, Snapshot snapshot, TRow row, Restoring restoring, CancellationToken cancellationToken)
    {
        // A schema 0 snapshot names no career: it restores into its row, which keeps its career.
        if (snapshot.Career is null && row.Id != 0)
        {
            await ApplyAsync(db, markdown, document, row, restoring, cancellationToken);
        }
        else if (await CareerAsync(db, snapshot, restoring, cancellationToken) is { } career)
        {
            SetCareer(row, career);
            await ApplyAsync(db, markdown, document, row, restoring, cancellationToken);
        }
    }

    protected abstract void SetCareer(TRow row, Career career);

    protected abstract Task ApplyAsync(CareerDb db, MarkdownRenderer markdown, TDocument document, TRow row, Restoring restoring, CancellationToken cancellationToken);
}

public sealed class JobTitleHistory : CareerPartHistory<JobTitle, JobTitleFile>
{
    protected override IQueryable<JobTitle> Rows(CareerDb db) => db.JobTitles.Include(t => t.Level).Include(r => r.Career);
    protected override Career CareerOf(JobTitle row) => row.Career;
    protected override JobTitleFile ToFile(JobTitle row) => ContentMapper.ToFile(row);
    protected override string Name(JobTitleFile document) => document.Title;
    protected override void SetCareer(JobTitle row, Career career) => row.Career = career;

    protected override async Task ApplyAsync(CareerDb db, MarkdownRenderer markdown, JobTitleFile document, JobTitle row, Restoring restoring, CancellationToken cancellationToken)
    {
        if (await db.Levels.FirstOrDefaultAsync(l => l.Slug == document.Level, cancellationToken) is not { } level)
        {
            restoring.Refusal = $"Its ladder level '{document.Level}' is gone.";
            return;
        }
        (row.Title, row.Level, row.Summary) = (document.Title, level, document.Summary);
    }
}

public sealed class SpecializationHistory : CareerPartHistory<Specialization, SpecializationFile>
{
    protected override IQueryable<Specialization> Rows(CareerDb db) => db.Specializations.Include(r => r.Career);
    protected override Career CareerOf(Specialization row) => row.Career;
    protected override SpecializationFile ToFile(Specialization row) => ContentMapper.ToFile(row);
    protected override string Name(SpecializationFile document) => document.Name;
    protected override void SetCareer(Specialization row, Career career) => row.Career = career;

    protected override Task ApplyAsync(CareerDb db, MarkdownRenderer markdown, SpecializationFile document, Specialization row, Restoring restoring, CancellationToken cancellationToken)
    {
        (row.Slug, row.Name, row.Summary) = (document.Slug, document.Name, document.Summary);
        return Task.CompletedTask;
    }
}

public sealed class RelationHistory : CareerPartHistory<CareerRelation, RelationFile>
{
    protected override IQueryable<CareerRelation> Rows(CareerDb db) => db.CareerRelations.Include(r => r.RelatedCareer).Include(r => r.Career);
    protected override Career CareerOf(CareerRelation row) => row.Career;
    protected override RelationFile ToFile(CareerRelation row) => ContentMapper.ToFile(row);
    protected override string Name(RelationFile document) => document.Role;
    protected override void SetCareer(CareerRelation row, Career career) => row.Career = career;

    protected override async Task ApplyAsync(CareerDb db, MarkdownRenderer markdown, RelationFile document, CareerRelation row, Restoring restoring, CancellationToken cancellationToken)
    {
        if (await db.Careers.FirstOrDefaultAsync(c => c.Slug == document.Role, cancellationToken) is not { } related)
        {
            restoring.Refusal = $"The related career '{document.Role}' is gone.";
            return;
        }
        (row.RelatedCareer, row.Kind, row.Note) = (related, ContentValues.RelationKinds[document.Kind], document.Note);
    }
}

public sealed class AdvancementHistory : CareerPartHistory<Advancement, AdvancementFile>
{
    protected override IQueryable<Advancement> Rows(CareerDb db) => db.Advancements.Include(r => r.Career);
    protected override Career CareerOf(Advancement row) => row.Career;
    protected override AdvancementFile ToFile(Advancement row) => ContentMapper.ToFile(row);
    protected override string Name(AdvancementFile document) => document.Tier;
    protected override void SetCareer(Advancement row, Career career) => row.Career = career;

    protected override Task ApplyAsync(CareerDb db, MarkdownRenderer markdown, AdvancementFile document, Advancement row, Restoring restoring, CancellationToken cancellationToken)
    {
        (row.Tier, row.Options) = (document.Tier, document.Options ?? []);
        return Task.CompletedTask;
    }
}

/// <summary>A guide section (its file in content/careers/*/guide). Schema 0 snapshots hold only the
/// title and Markdown: restoring one keeps the section's other fields as they are.</summary>
public sealed class SectionHistory : CareerPartHistory<GuideSection, SectionFile>
{
    protected override IQueryable<GuideSection> Rows(CareerDb db) => db.GuideSections.Include(r => r.Career);
    protected override Career CareerOf(GuideSection row) => row.Career;
    protected override SectionFile ToFile(GuideSection row) => ContentMapper.ToFile(row);
    protected override string Name(SectionFile document) => document.Title;
    protected override void SetCareer(GuideSection row, Career career) => row.Career = career;

    protected override SectionFile Read(Snapshot snapshot) => snapshot.Document.TryGetProperty("Markdown", out var old)
        ? new SectionFile { Title = snapshot.Document.GetProperty("Title").GetString() ?? "", Body = old.GetString() ?? "" }
        : base.Read(snapshot);

    protected override Task ApplyAsync(CareerDb db, MarkdownRenderer markdown, SectionFile document, GuideSection row, Restoring restoring, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (document.Slug.Length > 0)
        {
            (row.Slug, row.Description, row.Order, row.Status) = (document.Slug, document.Description, document.Order, ContentValues.Statuses[document.Status]);
        }
        (row.Title, row.Markdown, row.Html) = (document.Title, document.Body, markdown.Render(document.Body));
        return Task.CompletedTask;
    }

    internal static GuideSection Build(SectionFile file, MarkdownRenderer markdown) => new()
    {
        Slug = file.Slug, Title = file.Title, Description = file.Description, Order = file.Order,
        Status = ContentValues.Statuses[file.Status], Markdown = file.Body, Html = markdown.Render(file.Body),
    };
}

internal static class Children
{
    /// <summary>Makes <paramref name="rows"/> hold one row per item of <paramref name="items"/>, in
    /// their order: a row whose key matches an item is updated in place, the others are added or removed.</summary>
    public static void Sync<TRow, TItem>(CareerDb db, List<TRow> rows, IEnumerable<TItem> items, Func<TRow, string> rowKey, Func<TItem, string> itemKey,
        Action<TRow, TItem, int> apply) where TRow : class, new()
    {
        var existing = rows.GroupBy(rowKey).ToDictionary(g => g.Key, g => g.First());
        var kept = new List<TRow>();
        foreach (var item in items)
        {
            if (!existing.Remove(itemKey(item), out var row))
            {
                row = new TRow();
            }
            apply(row, item, kept.Count);
            kept.Add(row);
        }
        db.RemoveRange(rows.Except(kept));
        rows.Clear();
        rows.AddRange(kept);
    }
}
