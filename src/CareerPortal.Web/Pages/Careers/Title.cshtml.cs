using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Pages.Careers;

/// <summary>One job title (<c>/careers/{career}/titles/{title}</c>): its level and years, the work,
/// and the moves open from it (sideways at the same level, up the ladder, across to related
/// careers), each with what it adds. <c>?years=</c> places the reader's experience on the ladder.</summary>
public sealed class TitleModel(CareerDb db) : PageModel, IHasMeta
{
    public PageMeta? Meta { get; private set; }
    public Career Career { get; private set; } = null!;
    public JobTitle JobTitle { get; private set; } = null!;
    public CareerLevel Stage { get; private set; } = null!;
    public IReadOnlyList<CareerLevel> Ladder { get; private set; } = [];
    public IReadOnlyList<JobTitle> Sideways { get; private set; } = [];
    public Move? Up { get; private set; }
    public IReadOnlyList<CareerMove> Across { get; private set; } = [];
    /// <summary>Where the years asked about sit on the ladder; null when none were asked.</summary>
    public Placement? Placement { get; private set; }
    public string? YearsProblem { get; private set; }

    /// <summary>A step to another stage: its titles and what it adds.</summary>
    public sealed record Move(CareerLevel Stage, IReadOnlyList<JobTitle> Titles, LevelChange Change);

    /// <summary>A related career; <see cref="Change"/> is null when it has no stage at this level to compare.</summary>
    public sealed record CareerMove(CareerRelation Relation, CareerLevel? Stage, LevelChange? Change);

    public async Task<IActionResult> OnGetAsync(string slug, string title, string? years, CancellationToken cancellationToken)
    {
        var career = await db.Careers.AsNoTracking().AsSplitQuery()
            .Include(c => c.Levels).ThenInclude(l => l.Level)
            .Include(c => c.Levels).ThenInclude(l => l.Skills.OrderByDescending(s => s.Importance).ThenBy(s => s.Order)).ThenInclude(s => s.Skill)
            .Include(c => c.Levels).ThenInclude(l => l.Certifications.OrderBy(c => c.Order)).ThenInclude(c => c.Certification)
            .Include(c => c.JobTitles.OrderBy(t => t.Order))
            .Include(c => c.Relations.OrderBy(r => r.Order)).ThenInclude(r => r.RelatedCareer)
            .FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        // Slugs come from the titles' names, so the title is found among the career's few titles.
        var job = career?.JobTitles.FirstOrDefault(t => t.Slug == title);
        if (career is null || job is null)
        {
            return NotFound();
        }
        Career = career;
        JobTitle = job;
        Ladder = career.Levels.OrderBy(l => l.Level.Order).ToList();
        Stage = Ladder.First(l => l.LevelId == job.LevelId);
        Sideways = career.JobTitles.Where(t => t.LevelId == job.LevelId && t.Id != job.Id).ToList();
        if (Ladder.SkipWhile(l => l != Stage).Skip(1).FirstOrDefault() is { } next)
        {
            Up = new Move(next, career.JobTitles.Where(t => t.LevelId == next.LevelId).ToList(), LevelChange.Between(Stage, next));
        }
        Across = await AcrossAsync(career, cancellationToken);
        PlaceYears(years);

        Meta = new PageMeta
        {
            Title = $"{job.Title}: {career.Title} job title",
            Description = MetaText.Describe(
                $"{job.Title}, a {Stage.Title} job title ({Years.Describe(Stage)}) on the {career.Title} path: {job.Summary}",
                $"The {job.Title} job title: its level, its work and the moves open from it."),
            Path = PublicPaths.JobTitle(career.Slug, job.Slug),
            Breadcrumbs = [new("Home", PublicPaths.Home), new("Careers", PublicPaths.Careers), new(career.Title, PublicPaths.Career(career.Slug)),
                new(Stage.Title, PublicPaths.Level(career.Slug, Stage.Level.Slug))],
            NoIndex = career.IsThin,
            StructuredData = [Schemas.JobTitleOccupation(career, job, Stage)],
        };
        return Page();
    }

    /// <summary>Related careers, compared stage for stage where they have a stage at this level.</summary>
    private async Task<IReadOnlyList<CareerMove>> AcrossAsync(Career career, CancellationToken cancellationToken)
    {
        var relatedIds = career.Relations.Select(r => r.RelatedCareerId).ToList();
        var stages = await db.CareerLevels.AsNoTracking().AsSplitQuery()
            .Where(l => relatedIds.Contains(l.CareerId) && l.LevelId == Stage.LevelId)
            .Include(l => l.Skills).ThenInclude(s => s.Skill)
            .Include(l => l.Certifications).ThenInclude(c => c.Certification)
            .ToListAsync(cancellationToken);
        return career.Relations.Select(r => stages.FirstOrDefault(s => s.CareerId == r.RelatedCareerId) is { } stage
            ? new CareerMove(r, stage, LevelChange.Between(Stage, stage))
            : new CareerMove(r, null, null)).ToList();
    }

    private void PlaceYears(string? years)
    {
        if (years is null)
        {
            return;
        }
        if (int.TryParse(years.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count <= Placement.MaxYears)
        {
            Placement = Placement.Of(count, Ladder);
        }
        else
        {
            YearsProblem = $"Enter your years of experience as a whole number from 0 to {Placement.MaxYears}.";
        }
    }
}
