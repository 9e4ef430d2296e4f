using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Pages.Careers;

public sealed class LevelModel(CareerDb db) : PageModel, IHasMeta
{
    public PageMeta? Meta { get; private set; }
    public CareerLevel Stage { get; private set; } = null!;
    public IReadOnlyList<JobTitle> Titles { get; private set; } = [];
    public IReadOnlyList<StageLink> Ladder { get; private set; } = [];

    public sealed record StageLink(string Slug, string Title);

    public async Task<IActionResult> OnGetAsync(string slug, string level, CancellationToken cancellationToken)
    {
        var stage = await db.CareerLevels.AsNoTracking().AsSplitQuery()
            .Include(l => l.Career)
            .Include(l => l.Level)
            .Include(l => l.Skills.OrderByDescending(s => s.Importance).ThenBy(s => s.Order)).ThenInclude(s => s.Skill)
            .Include(l => l.Certifications.OrderBy(c => c.Order)).ThenInclude(c => c.Certification)
            .FirstOrDefaultAsync(l => l.Career.Slug == slug && l.Level.Slug == level, cancellationToken);
        if (stage is null)
        {
            return NotFound();
        }
        Stage = stage;
        Titles = await db.JobTitles.AsNoTracking()
            .Where(t => t.CareerId == stage.CareerId && t.LevelId == stage.LevelId)
            .OrderBy(t => t.Order)
            .ToListAsync(cancellationToken);
        Ladder = await db.CareerLevels.AsNoTracking()
            .Where(l => l.CareerId == stage.CareerId)
            .OrderBy(l => l.Level.Order)
            .Select(l => new StageLink(l.Level.Slug, l.Title))
            .ToListAsync(cancellationToken);
        Meta = new PageMeta
        {
            // The stage's own name, as every page of the path calls it (never the catalog's "Mid level").
            Title = $"{stage.Title}: a stage of the {stage.Career.Title} path",
            Description = Describe(stage),
            Path = PublicPaths.Level(slug, level),
            Breadcrumbs = [new("Home", PublicPaths.Home), new("Careers", PublicPaths.Careers), new(stage.Career.Title, PublicPaths.Career(slug))],
        };
        return Page();
    }

    public StageLink? Previous => Neighbour(-1);
    public StageLink? Next => Neighbour(1);

    private StageLink? Neighbour(int step)
    {
        var index = Ladder.ToList().FindIndex(l => l.Slug == Stage.Level.Slug) + step;
        return index >= 0 && index < Ladder.Count ? Ladder[index] : null;
    }

    /// <summary>A description from the data: the stage, its years and its focus, fitted to a search result.</summary>
    private static string Describe(CareerLevel stage) => MetaText.Describe(
        $"{stage.Career.Title}, {stage.Title} ({Years.Describe(stage)}): {stage.Focus}",
        $"One stage of the {stage.Career.Title} career path, with its daily work, job titles and skills.");
}
