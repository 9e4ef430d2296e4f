using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Content;

/// <summary>What one import did.</summary>
public sealed class ImportReport
{
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public List<string> Conflicts { get; } = [];

    public override string ToString() =>
        $"{Added} added, {Updated} updated, {Unchanged} unchanged, {Conflicts.Count} conflicts";
}

/// <summary>Loads a content folder into the database in one transaction. An item is applied when it
/// is new, or when its file changed while its row did not; when both changed it is reported as a
/// conflict and left alone, so an import never overwrites an editor's work.</summary>
public sealed class ContentImporter(CareerDb db, MarkdownRenderer markdown)
{
    private const string ImportAuthor = "content import";

    public async Task<ImportReport> ImportAsync(string root, CancellationToken cancellationToken = default)
    {
        var set = ContentReader.Read(root);
        var errors = ContentValidator.Validate(set);
        if (errors.Count > 0)
        {
            throw new ContentException(errors);
        }

        // SQL Server's retrying strategy needs the whole transaction inside it.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var report = new ImportReport();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var catalog = await ImportCatalogAsync(set, report, cancellationToken);
            await ImportCareersAsync(set, catalog, report, cancellationToken);
            Areas.Admin.History.Audit.Add(db, ImportAuthor, AuditActions.Import, detail: $"{root}: {report}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return report;
        });
    }

    private async Task<Catalog> ImportCatalogAsync(ContentSet set, ImportReport report, CancellationToken cancellationToken)
    {
        var levels = await db.Levels.ToDictionaryAsync(l => l.Slug, cancellationToken);
        foreach (var file in set.Levels)
        {
            Sync("catalog/levels.yml", file.Slug, levels, report,
                build: () => new Level { Slug = file.Slug, Name = file.Name, Order = file.Order, MinYears = file.MinYears, MaxYears = file.MaxYears, Summary = file.Summary },
                apply: (row, built) => (row.Name, row.Order, row.MinYears, row.MaxYears, row.Summary) = (built.Name, built.Order, built.MinYears, built.MaxYears, built.Summary),
                hash: level => ContentHash.Of(ContentMapper.ToFile(level)));
        }
        // Level orders are unique: save before anything refers to a level, so a reordered ladder saves too.
        await db.SaveChangesAsync(cancellationToken);

        var skills = await db.Skills.ToDictionaryAsync(s => s.Slug, cancellationToken);
        foreach (var file in set.Skills)
        {
            Sync("catalog/skills.yml", file.Slug, skills, report,
                build: () => new Skill { Slug = file.Slug, Name = file.Name, Kind = ContentValues.SkillKinds[file.Kind], Summary = file.Summary, WhyItMatters = file.WhyItMatters, KeySkills = file.KeySkills ?? [] },
                apply: (row, built) => (row.Name, row.Kind, row.Summary, row.WhyItMatters, row.KeySkills) = (built.Name, built.Kind, built.Summary, built.WhyItMatters, built.KeySkills),
                hash: skill => ContentHash.Of(ContentMapper.ToFile(skill)));
        }

        var certifications = await db.Certifications.Include(c => c.Level).ToDictionaryAsync(c => c.Slug, cancellationToken);
        foreach (var file in set.Certifications)
        {
            Sync("catalog/certifications.yml", file.Slug, certifications, report,
                build: () => new Certification
                {
                    Slug = file.Slug, Abbreviation = file.Abbreviation, Name = file.Name, Issuer = file.Issuer,
                    Level = file.Level is null ? null : levels[file.Level], Summary = file.Summary,
                    Prerequisites = file.Prerequisites, Covers = file.Covers,
                },
                apply: (row, built) => (row.Abbreviation, row.Name, row.Issuer, row.Level, row.Summary, row.Prerequisites, row.Covers) =
                    (built.Abbreviation, built.Name, built.Issuer, built.Level, built.Summary, built.Prerequisites, built.Covers),
                hash: certification => ContentHash.Of(ContentMapper.ToFile(certification)));
        }

        var tools = await db.Tools.ToDictionaryAsync(t => t.Slug, cancellationToken);
        foreach (var file in set.Tools)
        {
            Sync("catalog/tools.yml", file.Slug, tools, report,
                build: () => new Tool { Slug = file.Slug, Name = file.Name, Category = file.Category, Summary = file.Summary },
                apply: (row, built) => (row.Name, row.Category, row.Summary) = (built.Name, built.Category, built.Summary),
                hash: tool => ContentHash.Of(ContentMapper.ToFile(tool)));
        }
        await db.SaveChangesAsync(cancellationToken);
        return new Catalog(levels, skills, certifications, tools);
    }

    private async Task ImportCareersAsync(ContentSet set, Catalog catalog, ImportReport report, CancellationToken cancellationToken)
    {
        // Careers refer to each other, so every career row must exist before any is built.
        var careers = await db.Careers.WithGraph().ToDictionaryAsync(c => c.Slug, cancellationToken);
        var added = new HashSet<string>();
        foreach (var source in set.Careers.Where(s => !careers.ContainsKey(s.Career.Slug)))
        {
            var career = new Career { Slug = source.Career.Slug, Title = source.Career.Title };
            db.Careers.Add(career);
            careers[career.Slug] = career;
            added.Add(career.Slug);
        }
        await db.SaveChangesAsync(cancellationToken);

        foreach (var source in set.Careers)
        {
            var row = careers[source.Career.Slug];
            var built = BuildCareer(source.Career, catalog, careers);
            var outcome = Decide(source.Path, row.Slug, row, added.Contains(row.Slug), ContentHash.Of(ContentMapper.ToFile(built)),
                () => ContentHash.Of(ContentMapper.ToFile(row)), report);
            if (outcome)
            {
                ApplyCareer(row, built);
            }
        }
        await db.SaveChangesAsync(cancellationToken);

        var sections = await db.GuideSections.Include(s => s.Career).ToListAsync(cancellationToken);
        foreach (var source in set.Careers)
        {
            var career = careers[source.Career.Slug];
            foreach (var (path, file) in source.Sections)
            {
                var row = sections.FirstOrDefault(s => s.CareerId == career.Id && s.Slug == file.Slug);
                var isNew = row is null;
                row ??= db.GuideSections.Add(new GuideSection { Career = career, Slug = file.Slug }).Entity;
                var built = new GuideSection
                {
                    Slug = file.Slug, Title = file.Title, Description = file.Description, Order = file.Order,
                    Status = ContentValues.Statuses[file.Status], Markdown = file.Body,
                };
                var existing = row;
                if (Decide(path, file.Slug, row, isNew, ContentHash.Of(ContentMapper.ToFile(built)), () => ContentHash.Of(ContentMapper.ToFile(existing)), report))
                {
                    (row.Title, row.Description, row.Order, row.Status, row.Markdown) = (built.Title, built.Description, built.Order, built.Status, built.Markdown);
                    row.Html = markdown.Render(row.Markdown);
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Sync<T>(string path, string slug, Dictionary<string, T> rows, ImportReport report,
        Func<T> build, Action<T, T> apply, Func<T, string> hash) where T : ImportedEntity
    {
        var built = build();
        var isNew = !rows.TryGetValue(slug, out var row);
        if (row is null)
        {
            row = built;
            rows[slug] = row;
            db.Add(row);
        }
        var existing = row;
        if (Decide(path, slug, row, isNew, hash(built), () => hash(existing), report) && !isNew)
        {
            apply(row, built);
        }
    }

    /// <summary>Decides whether a file item is applied to its row, and records the outcome.</summary>
    private static bool Decide(string path, string slug, ImportedEntity row, bool isNew, string fileHash, Func<string> rowHash, ImportReport report)
    {
        if (isNew)
        {
            row.SourceHash = fileHash;
            report.Added++;
            return true;
        }
        if (row.SourceHash == fileHash)
        {
            report.Unchanged++;
            return false;
        }
        var current = rowHash();
        if (current == fileHash)
        {
            row.SourceHash = fileHash;
            report.Unchanged++;
            return false;
        }
        if (current == row.SourceHash)
        {
            row.SourceHash = fileHash;
            report.Updated++;
            return true;
        }
        report.Conflicts.Add($"{path}: '{slug}' changed in the file and in the database since the last import; the database keeps its version");
        return false;
    }

    private Career BuildCareer(CareerFile file, Catalog catalog, Dictionary<string, Career> careers)
    {
        var career = new Career
        {
            Slug = file.Slug,
            Title = file.Title,
            Summary = file.Summary,
            Description = file.Description,
            OccupationCode = file.OccupationCode,
            IsThin = file.Thin,
            ProfileMarkdown = file.Profile,
            ProfileHtml = file.Profile is null ? null : markdown.Render(file.Profile),
            Responsibilities = file.Responsibilities ?? [],
            ToolsAdvice = file.ToolsAdvice,
        };
        career.Levels.AddRange((file.Levels ?? []).Select(l => new CareerLevel
        {
            Level = catalog.Levels[l.Level],
            Title = l.Title,
            MinYears = l.MinYears,
            MaxYears = l.MaxYears,
            TypicalRoles = l.TypicalRoles ?? [],
            Focus = l.Focus,
            Responsibilities = l.Responsibilities ?? [],
            SkillsFocus = l.SkillsFocus,
            Goals = l.Goals,
            Balance = l.Balance,
            Skills = (l.Skills ?? []).Select((s, i) => new CareerLevelSkill
            {
                Skill = catalog.Skills[s.Skill], Importance = ContentValues.Importances[s.Importance], Order = i,
            }).ToList(),
            Certifications = (l.Certifications ?? []).Select((c, i) => new CareerLevelCertification
            {
                Certification = catalog.Certifications[c], Order = i,
            }).ToList(),
        }));
        career.JobTitles.AddRange((file.Titles ?? []).Select((t, i) => new JobTitle
        {
            Title = t.Title, Level = catalog.Levels[t.Level], Summary = t.Summary, Order = i,
        }));
        career.Specializations.AddRange((file.Specializations ?? []).Select((s, i) => new Specialization
        {
            Slug = s.Slug, Name = s.Name, Summary = s.Summary, Order = i,
        }));
        career.Tools.AddRange((file.Tools ?? []).Select((t, i) => new CareerTool { Tool = catalog.Tools[t], Order = i }));
        career.Relations.AddRange((file.Related ?? []).Select((r, i) => new CareerRelation
        {
            RelatedCareer = careers[r.Role], Kind = ContentValues.RelationKinds[r.Kind], Note = r.Note, Order = i,
        }));
        career.Advancements.AddRange((file.Advancement ?? []).Select((a, i) => new Advancement
        {
            Tier = a.Tier, Options = a.Options ?? [], Order = i,
        }));
        return career;
    }

    private void ApplyCareer(Career row, Career built)
    {
        (row.Title, row.Summary, row.Description, row.OccupationCode, row.IsThin) = (built.Title, built.Summary, built.Description, built.OccupationCode, built.IsThin);
        (row.ProfileMarkdown, row.ProfileHtml, row.Responsibilities, row.ToolsAdvice) = (built.ProfileMarkdown, built.ProfileHtml, built.Responsibilities, built.ToolsAdvice);
        Replace(row.Levels, built.Levels);
        Replace(row.JobTitles, built.JobTitles);
        Replace(row.Specializations, built.Specializations);
        Replace(row.Tools, built.Tools);
        Replace(row.Relations, built.Relations);
        Replace(row.Advancements, built.Advancements);
    }

    private void Replace<T>(List<T> current, List<T> replacement) where T : class
    {
        db.RemoveRange(current);
        current.Clear();
        current.AddRange(replacement);
    }

    private sealed record Catalog(
        Dictionary<string, Level> Levels,
        Dictionary<string, Skill> Skills,
        Dictionary<string, Certification> Certifications,
        Dictionary<string, Tool> Tools);
}
