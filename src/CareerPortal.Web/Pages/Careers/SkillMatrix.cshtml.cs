using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Pages.Careers;

/// <summary>Every skill of a career path against its levels: where each starts to matter and how
/// much it matters at each level, filtered by kind with a plain GET form (<c>?kind=technical</c>).</summary>
public sealed class SkillMatrixModel(CareerDb db) : PageModel, IHasMeta
{
    public PageMeta? Meta { get; private set; }
    public string CareerSlug { get; private set; } = "";
    public string CareerTitle { get; private set; } = "";
    public IReadOnlyList<Column> Levels { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public SkillKind? Kind { get; private set; }
    /// <summary>The <c>kind</c> asked for when it is not one we know; the page then shows every kind.</summary>
    public string? UnknownKind { get; private set; }
    public int TotalSkills { get; private set; }

    public sealed record Column(int LevelId, string Slug, string Title, string Years);

    public sealed record Row(string Slug, string Name, SkillKind Kind, int StartLevelId, IReadOnlyDictionary<int, Importance> ByLevel);

    public async Task<IActionResult> OnGetAsync(string slug, string? kind, CancellationToken cancellationToken)
    {
        var career = await db.Careers.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new { c.Id, c.Slug, c.Title, c.IsThin })
            .FirstOrDefaultAsync(cancellationToken);
        if (career is null)
        {
            return NotFound();
        }
        CareerSlug = career.Slug;
        CareerTitle = career.Title;
        Kind = SkillKinds.Parse(kind);
        if (Kind is null && !string.IsNullOrWhiteSpace(kind) && !kind.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            UnknownKind = kind.Length > 40 ? kind[..40] : kind;
        }

        var levels = await db.CareerLevels.AsNoTracking()
            .Where(l => l.CareerId == career.Id)
            .OrderBy(l => l.Level.Order)
            .Select(l => new { l.Id, Column = new Column(l.LevelId, l.Level.Slug, l.Title, ""), l.MinYears, l.MaxYears })
            .ToListAsync(cancellationToken);
        Levels = levels.Select(l => l.Column with { Years = Years.Describe(l.MinYears, l.MaxYears) }).ToList();
        var order = levels.Select((l, i) => (l.Id, i)).ToDictionary(p => p.Id, p => p.i);

        var links = await db.CareerLevelSkills.AsNoTracking()
            .Where(s => s.CareerLevel.CareerId == career.Id)
            .Select(s => new { s.CareerLevelId, s.CareerLevel.LevelId, s.Importance, s.Skill.Slug, s.Skill.Name, s.Skill.Kind })
            .ToListAsync(cancellationToken);
        var rows = links.GroupBy(s => s.Slug).Select(g =>
        {
            var first = g.MinBy(s => order[s.CareerLevelId])!;
            var row = new Row(g.Key, first.Name, first.Kind, first.LevelId,
                g.ToDictionary(s => s.LevelId, s => s.Importance));
            return (row, start: order[first.CareerLevelId], firstImportance: first.Importance);
        }).ToList();
        TotalSkills = rows.Count;
        Rows = rows.Where(r => Kind is null || r.row.Kind == Kind)
            .OrderBy(r => r.start).ThenByDescending(r => r.firstImportance).ThenBy(r => r.row.Name, StringComparer.OrdinalIgnoreCase)
            .Select(r => r.row).ToList();

        Meta = new PageMeta
        {
            Title = Kind is { } k ? $"{SkillKinds.Plural(k)} by level: {career.Title}" : $"Skills by level: {career.Title}",
            Description = MetaText.Cut($"The skills {career.Title} roles need at each level of the career ladder: where each one starts to matter and how important it is.", MetaText.MaxLength),
            // A filtered view is a subset of the whole matrix, which stays the canonical page.
            Path = PublicPaths.SkillsMatrix(career.Slug),
            Breadcrumbs = [new("Home", PublicPaths.Home), new("Careers", PublicPaths.Careers), new(career.Title, PublicPaths.Career(career.Slug))],
            NoIndex = UnknownKind is not null || career.IsThin,
        };
        return Page();
    }
}
