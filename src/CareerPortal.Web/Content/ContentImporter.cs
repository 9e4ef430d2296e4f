using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Content;

/// <summary>What one import did, or would do (a preview).</summary>
public sealed class ImportReport
{
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public List<string> Conflicts { get; } = [];
    /// <summary>Every item that is added, updated, in conflict, or edited in the database alone.</summary>
    public List<ImportItem> Items { get; } = [];
    /// <summary>Rows the files no longer have: listed, never deleted by an import.</summary>
    public List<RemovedItem> Removed { get; } = [];

    /// <summary>Tells two previews apart: confirming applies an import only when its preview still holds.</summary>
    public string Fingerprint => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
        string.Join('\n', Items.Select(i => $"{i.Key} {i.Outcome}").Concat(Removed.Select(r => $"{r.Kind} {r.Id} {r.Slug}"))))));

    public override string ToString() =>
        $"{Added} added, {Updated} updated, {Unchanged} unchanged, {Conflicts.Count} conflicts";
}

public enum ImportOutcome
{
    Added,
    Updated,
    /// <summary>Changed in the file and in the database since the last import: the database keeps its version.</summary>
    Conflict,
    /// <summary>A conflict where the person importing chose the file's version.</summary>
    TakenFromFile,
    /// <summary>Edited in the database since the last import, the file as imported then: the database keeps its edit.</summary>
    EditedInDatabase,
}

/// <summary>One item of an import. <see cref="Key"/> names it for <see cref="ImportChoices.TakeFile"/>.</summary>
public sealed record ImportItem(string Path, string Slug, ImportOutcome Outcome)
{
    public string Key => $"{Path}#{Slug}";
}

public enum ContentKind { Level, Skill, Certification, Tool, Career, Section }

public sealed record RemovedItem(ContentKind Kind, int Id, string Slug, string Name);

/// <summary>Decisions made on a preview: the conflicts (by <see cref="ImportItem.Key"/>) to settle with the file's version.</summary>
public sealed record ImportChoices(IReadOnlySet<string> TakeFile)
{
    public static readonly ImportChoices None = new(new HashSet<string>());
}

/// <summary>Loads a content folder into the database in one transaction. An item is applied when it
/// is new, or when its file changed while its row did not; when both changed it is reported as a
/// conflict and left alone, so an import never overwrites an editor's work.</summary>
public sealed class ContentImporter(CareerDb db, MarkdownRenderer markdown)
{
    private const string ImportAuthor = "content import";
    private ImportChoices _choices = ImportChoices.None;

    public Task<ImportReport> ImportAsync(string root, CancellationToken cancellationToken = default) =>
        ImportAsync(ContentBundle.FromFolder(root), ImportChoices.None, cancellationToken);

    public Task<ImportReport> ImportAsync(ContentBundle bundle, ImportChoices choices, CancellationToken cancellationToken = default) =>
        RunAsync(bundle, choices, preview: false, cancellationToken);

    /// <summary>What the import would do, with nothing written: it runs in a transaction that is
    /// rolled back, so the preview and the import are decided by the same code.</summary>
    public Task<ImportReport> PreviewAsync(ContentBundle bundle, CancellationToken cancellationToken = default) =>
        RunAsync(bundle, ImportChoices.None, preview: true, cancellationToken);

    private async Task<ImportReport> RunAsync(ContentBundle bundle, ImportChoices choices, bool preview, CancellationToken cancellationToken)
    {
        _choices = choices;
        var set = ContentReader.Read(bundle);
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
            await ListRemovedAsync(set, report, cancellationToken);
            if (preview)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
            else
            {
                Areas.Admin.History.Audit.Add(db, ImportAuthor, AuditActions.Import, detail: report.ToString());
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
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
                build: () => new Skill { Slug = file.Slug, Name = file.Name, Kind = ContentValues.SkillKinds[file.Kind], Summary = file.Summary, WhyItMatters = file.WhyItMatters, KeySkills = file.KeySkills ?? [], HowToBuild = file.HowToBuild ?? [], HowToShow = file.HowToShow ?? [] },
                apply: (row, built) => (row.Name, row.Kind, row.Summary, row.WhyItMatters, row.KeySkills, row.HowToBuild, row.HowToShow) = (built.Name, built.Kind, built.Summary, built.WhyItMatters, built.KeySkills, built.HowToBuild, built.HowToShow),
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
                    Prerequisites = file.Prerequisites, Covers = file.Covers, Audience = file.Audience,
                    Eligibility = (file.Eligibility ?? []).Select(ContentMapper.FromFile).ToList(),
                    Exam = file.Exam, Cost = file.Cost, Renewal = file.Renewal, OfficialUrl = file.OfficialUrl,
                    AsOf = file.AsOf is null ? null : DateOnly.ParseExact(file.AsOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    SourceKeys = file.Sources ?? [],
                },
                apply: (row, built) =>
                {
                    (row.Abbreviation, row.Name, row.Issuer, row.Level, row.Summary, row.Prerequisites, row.Covers) =
                        (built.Abbreviation, built.Name, built.Issuer, built.Level, built.Summary, built.Prerequisites, built.Covers);
                    (row.Audience, row.Eligibility, row.Exam, row.Cost, row.Renewal, row.OfficialUrl, row.AsOf, row.SourceKeys) =
                        (built.Audience, built.Eligibility, built.Exam, built.Cost, built.Renewal, built.OfficialUrl, built.AsOf, built.SourceKeys);
                },
                hash: certification => ContentHash.Of(ContentMapper.ToFile(certification)));
        }

        var sources = await db.Sources.ToDictionaryAsync(s => s.Key, cancellationToken);
        foreach (var file in set.Sources)
        {
            Sync(ContentReader.SourcesPath, file.Key, sources, report,
                build: () => new Source { Key = file.Key, Title = file.Title, Url = file.Url, IsOfficial = file.Official },
                apply: (row, built) => (row.Title, row.Url, row.IsOfficial) = (built.Title, built.Url, built.IsOfficial),
                hash: source => ContentHash.Of(ContentMapper.ToFile(source)));
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
                    row.Html = markdown.Render(row.Markdown, Seo.PublicPaths.Section(career.Slug, row.Slug));
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
    private bool Decide(string path, string slug, ImportedEntity row, bool isNew, string fileHash, Func<string> rowHash, ImportReport report)
    {
        if (isNew)
        {
            row.SourceHash = fileHash;
            report.Added++;
            report.Items.Add(new ImportItem(path, slug, ImportOutcome.Added));
            return true;
        }
        if (row.SourceHash == fileHash)
        {
            report.Unchanged++;
            if (rowHash() != fileHash)
            {
                report.Items.Add(new ImportItem(path, slug, ImportOutcome.EditedInDatabase));
            }
            return false;
        }
        var current = rowHash();
        if (current == fileHash)
        {
            row.SourceHash = fileHash;
            report.Unchanged++;
            return false;
        }
        var item = new ImportItem(path, slug, current == row.SourceHash ? ImportOutcome.Updated : ImportOutcome.Conflict);
        if (item.Outcome == ImportOutcome.Updated || _choices.TakeFile.Contains(item.Key))
        {
            row.SourceHash = fileHash;
            report.Updated++;
            report.Items.Add(item.Outcome == ImportOutcome.Updated ? item : item with { Outcome = ImportOutcome.TakenFromFile });
            return true;
        }
        report.Items.Add(item);
        report.Conflicts.Add($"{path}: '{slug}' changed in the file and in the database since the last import; the database keeps its version");
        return false;
    }

    /// <summary>Rows whose item is in no file: an import never deletes them, it lists them.</summary>
    private async Task ListRemovedAsync(ContentSet set, ImportReport report, CancellationToken cancellationToken)
    {
        var levels = set.Levels.Select(l => l.Slug).ToList();
        var skills = set.Skills.Select(s => s.Slug).ToList();
        var certifications = set.Certifications.Select(c => c.Slug).ToList();
        var tools = set.Tools.Select(t => t.Slug).ToList();
        var careers = set.Careers.Select(c => c.Career.Slug).ToList();
        var sections = set.Careers.SelectMany(c => c.Sections.Select(s => c.Career.Slug + "/" + s.Section.Slug)).ToList();
        report.Removed.AddRange(await db.Levels.Where(r => !levels.Contains(r.Slug)).OrderBy(r => r.Order)
            .Select(r => new RemovedItem(ContentKind.Level, r.Id, r.Slug, r.Name)).ToListAsync(cancellationToken));
        report.Removed.AddRange(await db.Skills.Where(r => !skills.Contains(r.Slug)).OrderBy(r => r.Slug)
            .Select(r => new RemovedItem(ContentKind.Skill, r.Id, r.Slug, r.Name)).ToListAsync(cancellationToken));
        report.Removed.AddRange(await db.Certifications.Where(r => !certifications.Contains(r.Slug)).OrderBy(r => r.Slug)
            .Select(r => new RemovedItem(ContentKind.Certification, r.Id, r.Slug, r.Name)).ToListAsync(cancellationToken));
        report.Removed.AddRange(await db.Tools.Where(r => !tools.Contains(r.Slug)).OrderBy(r => r.Slug)
            .Select(r => new RemovedItem(ContentKind.Tool, r.Id, r.Slug, r.Name)).ToListAsync(cancellationToken));
        report.Removed.AddRange(await db.Careers.Where(r => !careers.Contains(r.Slug)).OrderBy(r => r.Slug)
            .Select(r => new RemovedItem(ContentKind.Career, r.Id, r.Slug, r.Title)).ToListAsync(cancellationToken));
        // A section of a career that is itself gone goes with its career.
        report.Removed.AddRange(await db.GuideSections.Where(r => careers.Contains(r.Career.Slug) && !sections.Contains(r.Career.Slug + "/" + r.Slug))
            .OrderBy(r => r.Career.Slug).ThenBy(r => r.Order)
            .Select(r => new RemovedItem(ContentKind.Section, r.Id, r.Career.Slug + "/" + r.Slug, r.Career.Title + ": " + r.Title)).ToListAsync(cancellationToken));
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
            OccupationUrl = file.OccupationUrl,
            IsThin = file.Thin,
            ProfileMarkdown = file.Profile,
            ProfileHtml = file.Profile is null ? null : markdown.Render(file.Profile),
            Responsibilities = file.Responsibilities ?? [],
            ToolsAdvice = file.ToolsAdvice,
            Figures = (file.Figures ?? []).Select(ContentMapper.FromFile).ToList(),
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
        row.OccupationUrl = built.OccupationUrl;
        (row.ProfileMarkdown, row.ProfileHtml, row.Responsibilities, row.ToolsAdvice, row.Figures) = (built.ProfileMarkdown, built.ProfileHtml, built.Responsibilities, built.ToolsAdvice, built.Figures);
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
