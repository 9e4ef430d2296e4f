using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CareerPortal.Web.Data;

/// <summary>Turns what a save is about to write into change-feed rows, so that every write path
/// (admin pages, the content import, anything later) records its public changes in its own
/// transaction. A career's API resource includes its levels, titles, skills, certifications,
/// tools, related careers and published sections, so a change to any of those, or to a catalog
/// row a career shows, also records the career as published again. Drafts change nothing public.</summary>
internal sealed class ChangeRecorder(CareerDb db)
{
    private readonly List<ChangeLogEntry> _entries = [];
    private readonly HashSet<(string, Guid)> _recorded = [];
    private readonly HashSet<int> _careerIds = [];
    private readonly List<Career> _careerRows = [];
    private readonly HashSet<int> _deletedCareers = [];
    private readonly HashSet<int> _careerLevelIds = [];
    private readonly HashSet<int> _levelIds = [];
    private readonly List<(string Type, int Id)> _catalogRows = [];

    public async Task<IReadOnlyList<ChangeLogEntry>> CollectAsync(CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList())
        {
            Inspect(entry, now);
        }
        await AddDependentsAsync(cancellationToken);
        await RecordCareersAsync(now, cancellationToken);
        return _entries;
    }

    private void Inspect(EntityEntry entry, DateTime now)
    {
        switch (entry.Entity)
        {
            case ImportedEntity row when ResourceTypes.Of(row) is { } type:
                RecordResource(entry, row, type, now);
                break;
            case Level level when entry.State != EntityState.Added:
                _levelIds.Add(level.Id);
                break;
            case GuideSection section when IsOrWasPublished(entry):
                TouchCareer(section.CareerId, section.Career);
                break;
            case ICareerPart part:
                // A new row's navigation may be unset when only its key was given.
                TouchCareer(part.CareerId, part.Career);
                break;
            case CareerLevelSkill skill:
                TouchStage(skill.CareerLevelId, skill.CareerLevel);
                break;
            case CareerLevelCertification certification:
                TouchStage(certification.CareerLevelId, certification.CareerLevel);
                break;
        }
    }

    private void RecordResource(EntityEntry entry, ImportedEntity row, string type, DateTime now)
    {
        var slugProperty = entry.Property("Slug");
        var slug = (string)(entry.State == EntityState.Deleted ? slugProperty.OriginalValue : slugProperty.CurrentValue)!;
        var previous = entry.State == EntityState.Modified ? (string?)slugProperty.OriginalValue : null;
        var change = entry.State switch
        {
            EntityState.Deleted => ChangeKind.Deleted,
            EntityState.Modified when previous is not null && previous != slug => ChangeKind.Renamed,
            _ => ChangeKind.Published,
        };
        Add(type, row.PublicId, slug, change == ChangeKind.Renamed ? previous : null, change, now);
        if (entry.State == EntityState.Added)
        {
            return;
        }
        if (row is Career career)
        {
            if (entry.State == EntityState.Deleted)
            {
                _deletedCareers.Add(career.Id);
            }
            // Careers that link to this one show its title and slug.
            _catalogRows.Add((ResourceTypes.Career, career.Id));
        }
        else if (entry.State == EntityState.Modified)
        {
            _catalogRows.Add((type, row.Id));
        }
    }

    private static bool IsOrWasPublished(EntityEntry entry)
    {
        var status = entry.Property(nameof(GuideSection.Status));
        return entry.State switch
        {
            EntityState.Added => (SectionStatus)status.CurrentValue! == SectionStatus.Published,
            EntityState.Deleted => (SectionStatus)status.OriginalValue! == SectionStatus.Published,
            _ => (SectionStatus)status.CurrentValue! == SectionStatus.Published || (SectionStatus)status.OriginalValue! == SectionStatus.Published,
        };
    }

    private void TouchCareer(int careerId, Career? career)
    {
        if (careerId > 0)
        {
            _careerIds.Add(careerId);
        }
        else if (career is not null)
        {
            _careerRows.Add(career);
        }
    }

    private void TouchStage(int careerLevelId, CareerLevel? stage)
    {
        if (stage is not null)
        {
            TouchCareer(stage.CareerId, stage.Career);
        }
        else if (careerLevelId > 0)
        {
            _careerLevelIds.Add(careerLevelId);
        }
    }

    /// <summary>Careers that show a changed stage's links, a changed level, skill, certification,
    /// tool or career, read before the save (the rows that refer to them are not changing).</summary>
    private async Task AddDependentsAsync(CancellationToken cancellationToken)
    {
        if (_careerLevelIds.Count > 0)
        {
            _careerIds.UnionWith(await db.CareerLevels.AsNoTracking().Where(s => _careerLevelIds.Contains(s.Id)).Select(s => s.CareerId).ToListAsync(cancellationToken));
        }
        if (_levelIds.Count > 0)
        {
            _careerIds.UnionWith(await db.CareerLevels.AsNoTracking().Where(s => _levelIds.Contains(s.LevelId)).Select(s => s.CareerId).ToListAsync(cancellationToken));
        }
        foreach (var group in _catalogRows.GroupBy(r => r.Type, r => r.Id))
        {
            var ids = group.ToList();
            var careers = group.Key switch
            {
                ResourceTypes.Skill => db.CareerLevelSkills.Where(s => ids.Contains(s.SkillId)).Select(s => s.CareerLevel.CareerId),
                ResourceTypes.Certification => db.CareerLevelCertifications.Where(c => ids.Contains(c.CertificationId)).Select(c => c.CareerLevel.CareerId),
                ResourceTypes.Tool => db.CareerTools.Where(t => ids.Contains(t.ToolId)).Select(t => t.CareerId),
                _ => db.CareerRelations.Where(r => ids.Contains(r.RelatedCareerId)).Select(r => r.CareerId),
            };
            _careerIds.UnionWith(await careers.ToListAsync(cancellationToken));
        }
    }

    private async Task RecordCareersAsync(DateTime now, CancellationToken cancellationToken)
    {
        foreach (var career in _careerRows)
        {
            Add(ResourceTypes.Career, career.PublicId, career.Slug, null, ChangeKind.Published, now);
        }
        _careerIds.ExceptWith(_deletedCareers);
        if (_careerIds.Count == 0)
        {
            return;
        }
        var tracked = db.ChangeTracker.Entries<Career>().Where(e => _careerIds.Contains(e.Entity.Id)).Select(e => e.Entity).ToList();
        var missing = _careerIds.Except(tracked.Select(c => c.Id)).ToList();
        var loaded = await db.Careers.AsNoTracking().Where(c => missing.Contains(c.Id))
            .Select(c => new { c.Id, c.PublicId, c.Slug }).ToListAsync(cancellationToken);
        foreach (var career in tracked.Select(c => (c.Id, c.PublicId, c.Slug)).Concat(loaded.Select(c => (c.Id, c.PublicId, c.Slug))).OrderBy(c => c.Id))
        {
            Add(ResourceTypes.Career, career.PublicId, career.Slug, null, ChangeKind.Published, now);
        }
    }

    /// <summary>One row per resource and save: a rename or deletion already says the resource changed.</summary>
    private void Add(string type, Guid id, string slug, string? previousSlug, ChangeKind change, DateTime now)
    {
        if (_recorded.Add((type, id)))
        {
            _entries.Add(new ChangeLogEntry { ResourceType = type, ResourceId = id, Slug = slug, PreviousSlug = previousSlug, Change = change, RecordedAt = now });
        }
    }
}
