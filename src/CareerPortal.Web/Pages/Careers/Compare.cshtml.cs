using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Pages.Careers;

/// <summary>Two levels of one career path side by side (<c>?from=entry&amp;to=mid</c>): what is new
/// in the work, which skills appear or grow, which certifications to pursue, the titles at each.
/// A missing, unknown or repeated level gives the form and a message, never an error.</summary>
public sealed class CompareModel(CareerDb db) : PageModel, IHasMeta
{
    public PageMeta? Meta { get; private set; }
    public string CareerSlug { get; private set; } = "";
    public string CareerTitle { get; private set; } = "";
    public IReadOnlyList<LevelChoice> Options { get; private set; } = [];
    /// <summary>What the selects show: the levels asked for when known, else a sensible pair.</summary>
    public string SelectedFrom { get; private set; } = "";
    public string SelectedTo { get; private set; } = "";
    public string? Problem { get; private set; }
    public Comparison? Result { get; private set; }

    /// <summary>A stage to choose, with its job titles: either can be compared.</summary>
    public sealed record LevelChoice(string Slug, string Title, string Years, IReadOnlyList<JobTitle> JobTitles);

    /// <summary>A compared stage; <see cref="AsTitle"/> is the job title the reader chose it by, if any.</summary>
    public sealed record Stage(CareerLevel Level, IReadOnlyList<JobTitle> JobTitles, JobTitle? AsTitle)
    {
        public string Title => AsTitle?.Title ?? Level.Title;
        public string Slug => Level.Level.Slug;
    }

    /// <summary>Where the years asked about (<c>?years=</c>) sit on the ladder, when asked.</summary>
    public Placement? Placement { get; private set; }

    public sealed record Comparison(Stage From, Stage To, bool Backwards, LevelChange Change);

    public async Task<IActionResult> OnGetAsync(string slug, string? from, string? to, string? years, CancellationToken cancellationToken)
    {
        var career = await db.Careers.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new { c.Id, c.Slug, c.Title, c.IsThin }).FirstOrDefaultAsync(cancellationToken);
        if (career is null)
        {
            return NotFound();
        }
        CareerSlug = career.Slug;
        CareerTitle = career.Title;
        var levels = await db.CareerLevels.AsNoTracking().AsSplitQuery()
            .Where(l => l.CareerId == career.Id)
            .Include(l => l.Level)
            .Include(l => l.Skills.OrderByDescending(s => s.Importance).ThenBy(s => s.Order)).ThenInclude(s => s.Skill)
            .Include(l => l.Certifications.OrderBy(c => c.Order)).ThenInclude(c => c.Certification)
            .OrderBy(l => l.Level.Order)
            .ToListAsync(cancellationToken);
        var titles = await db.JobTitles.AsNoTracking().Where(t => t.CareerId == career.Id).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        Options = levels.Select(l => new LevelChoice(l.Level.Slug, l.Title, Years.Describe(l), titles.Where(t => t.LevelId == l.LevelId).ToList())).ToList();

        from = Clean(from);
        to = Clean(to);
        if (from is null && int.TryParse(years, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var experience)
            && experience <= Placement.MaxYears && levels.Count > 1)
        {
            // Years instead of a level: start from the highest stage they reach, towards the next.
            Placement = Placement.Of(experience, levels);
            var placed = Placement.Likeliest is { } likeliest ? levels.IndexOf(likeliest) : 0;
            from = levels[Math.Min(placed, levels.Count - 2)].Level.Slug;
            to ??= levels[Math.Min(placed, levels.Count - 2) + 1].Level.Slug;
        }
        // A job title stands for its stage; the reader sees the title they chose.
        var fromTitle = Find(titles, from, levels);
        var toTitle = Find(titles, to, levels);
        var fromIndex = levels.FindIndex(l => l.Level.Slug == from || l.LevelId == fromTitle?.LevelId);
        var toIndex = levels.FindIndex(l => l.Level.Slug == to || l.LevelId == toTitle?.LevelId);
        if (from is not null && to is not null && (fromIndex < 0 || toIndex < 0))
        {
            // A level renamed since the address was shared: answer with its new slug.
            var movedFrom = fromIndex < 0 ? await db.MovedLevelAsync(career.Slug, from, cancellationToken) : from;
            var movedTo = toIndex < 0 ? await db.MovedLevelAsync(career.Slug, to, cancellationToken) : to;
            if (movedFrom != from || movedTo != to)
            {
                Redirects.Moved(Response, PublicPaths.Compare(career.Slug, movedFrom, movedTo));
                return new EmptyResult();
            }
        }
        Problem = (from, to) switch
        {
            _ when levels.Count < 2 => "This career path has only one level, so there is nothing to compare.",
            (null, null) => "Choose the level you are at and the level you want to reach, then select Compare.",
            (null, _) or (_, null) => "Choose both levels: the one you are at and the one you want to reach.",
            _ when fromIndex < 0 && toIndex < 0 => $"Neither “{from}” nor “{to}” is a level or job title of this career path. Choose two from the lists.",
            _ when fromIndex < 0 => $"“{from}” is not a level or job title of this career path. Choose one from the list.",
            _ when toIndex < 0 => $"“{to}” is not a level or job title of this career path. Choose one from the list.",
            _ when fromIndex == toIndex => fromTitle is not null || toTitle is not null
                ? "Those are at the same level, so they ask for the same skills and certifications. Choose a level or title at another stage to see what changes."
                : "You chose the same level twice. Choose two different levels to see what changes.",
            _ => null,
        };
        // The selects keep whatever was valid, and otherwise offer a first step up the ladder.
        var shownFrom = fromIndex >= 0 ? fromIndex : toIndex > 0 ? toIndex - 1 : 0;
        var shownTo = toIndex >= 0 && toIndex != shownFrom ? toIndex : Math.Min(shownFrom + 1, levels.Count - 1);
        if (shownTo == shownFrom && shownFrom > 0)
        {
            shownFrom--;
        }
        SelectedFrom = fromTitle?.Slug ?? (levels.Count > 0 ? levels[shownFrom].Level.Slug : "");
        SelectedTo = toTitle?.Slug ?? (levels.Count > 0 ? levels[shownTo].Level.Slug : "");

        if (Problem is null)
        {
            Stage StageOf(CareerLevel level, JobTitle? chosen) => new(level, titles.Where(t => t.LevelId == level.LevelId).ToList(), chosen);
            Result = new Comparison(StageOf(levels[fromIndex], fromTitle), StageOf(levels[toIndex], toTitle), toIndex < fromIndex, LevelChange.Between(levels[fromIndex], levels[toIndex]));
        }

        Meta = new PageMeta
        {
            Title = Result is { } r ? $"{r.From.Title} vs {r.To.Title}: {career.Title}" : $"Compare levels: {career.Title}",
            Description = MetaText.Cut(Result is { } d
                ? $"What changes from {d.From.Title} to {d.To.Title} as {career.Title}: new work, skills that appear or grow, certifications to pursue, job titles."
                : $"Compare two levels of the {career.Title} career path: new work, skills that appear or grow, certifications to pursue and job titles.", MetaText.MaxLength),
            Path = PublicPaths.Compare(career.Slug, Result?.From.Slug, Result?.To.Slug),
            Breadcrumbs = [new("Home", PublicPaths.Home), new("Careers", PublicPaths.Careers), new(career.Title, PublicPaths.Career(career.Slug))],
            // Only the step up to the next level is indexed (and listed in the sitemap): the other
            // pairs are useful to readers but would fill search results with near-duplicates.
            NoIndex = Result is null || career.IsThin || toIndex != fromIndex + 1,
        };
        return Page();
    }

    /// <summary>The job title a compare value names, unless it names a level (levels come first).</summary>
    private static JobTitle? Find(IReadOnlyList<JobTitle> titles, string? value, IReadOnlyList<CareerLevel> levels) =>
        value is null || levels.Any(l => l.Level.Slug == value) ? null : titles.FirstOrDefault(t => t.Slug == value);

    /// <summary>A level slug as typed in an address: trimmed, lower-case, short; empty means missing.</summary>
    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > 60 ? trimmed[..60] : trimmed;
    }
}
