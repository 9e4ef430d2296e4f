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

    public sealed record LevelChoice(string Slug, string Title, string Years);

    public sealed record Stage(CareerLevel Level, IReadOnlyList<string> JobTitles)
    {
        public string Title => Level.Title;
        public string Slug => Level.Level.Slug;
    }

    public sealed record SkillChange(Skill Skill, Importance? Before, Importance After);

    public sealed record Comparison(Stage From, Stage To, bool Backwards,
        IReadOnlyList<string> NewResponsibilities, IReadOnlyList<SkillChange> NewSkills,
        IReadOnlyList<SkillChange> GrowingSkills, IReadOnlyList<Certification> NextCertifications);

    public async Task<IActionResult> OnGetAsync(string slug, string? from, string? to, CancellationToken cancellationToken)
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
        Options = levels.Select(l => new LevelChoice(l.Level.Slug, l.Title, Years.Describe(l))).ToList();

        from = Clean(from);
        to = Clean(to);
        var fromIndex = levels.FindIndex(l => l.Level.Slug == from);
        var toIndex = levels.FindIndex(l => l.Level.Slug == to);
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
            _ when fromIndex < 0 && toIndex < 0 => $"Neither “{from}” nor “{to}” is a level of this career path. Choose two levels from the lists.",
            _ when fromIndex < 0 => $"“{from}” is not a level of this career path. Choose one from the list.",
            _ when toIndex < 0 => $"“{to}” is not a level of this career path. Choose one from the list.",
            _ when fromIndex == toIndex => "You chose the same level twice. Choose two different levels to see what changes.",
            _ => null,
        };
        // The selects keep whatever was valid, and otherwise offer a first step up the ladder.
        var shownFrom = fromIndex >= 0 ? fromIndex : toIndex > 0 ? toIndex - 1 : 0;
        var shownTo = toIndex >= 0 && toIndex != shownFrom ? toIndex : Math.Min(shownFrom + 1, levels.Count - 1);
        if (shownTo == shownFrom && shownFrom > 0)
        {
            shownFrom--;
        }
        SelectedFrom = levels.Count > 0 ? levels[shownFrom].Level.Slug : "";
        SelectedTo = levels.Count > 0 ? levels[shownTo].Level.Slug : "";

        if (Problem is null)
        {
            var titles = await db.JobTitles.AsNoTracking().Where(t => t.CareerId == career.Id)
                .OrderBy(t => t.Order).Select(t => new { t.LevelId, t.Title }).ToListAsync(cancellationToken);
            Stage StageOf(CareerLevel level) => new(level, titles.Where(t => t.LevelId == level.LevelId).Select(t => t.Title).ToList());
            Result = Compare(StageOf(levels[fromIndex]), StageOf(levels[toIndex]), toIndex < fromIndex);
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

    private static Comparison Compare(Stage from, Stage to, bool backwards)
    {
        var before = from.Level.Skills.ToDictionary(s => s.SkillId, s => s.Importance);
        var newSkills = to.Level.Skills.Where(s => !before.ContainsKey(s.SkillId))
            .Select(s => new SkillChange(s.Skill, null, s.Importance)).ToList();
        var growing = to.Level.Skills.Where(s => before.TryGetValue(s.SkillId, out var was) && s.Importance > was)
            .Select(s => new SkillChange(s.Skill, before[s.SkillId], s.Importance)).ToList();
        var held = from.Level.Certifications.Select(c => c.CertificationId).ToHashSet();
        var certifications = to.Level.Certifications.Where(c => !held.Contains(c.CertificationId)).Select(c => c.Certification).ToList();
        var responsibilities = to.Level.Responsibilities.Except(from.Level.Responsibilities, StringComparer.OrdinalIgnoreCase).ToList();
        return new Comparison(from, to, backwards, responsibilities, newSkills, growing, certifications);
    }

    /// <summary>A level slug as typed in an address: trimmed, lower-case, short; empty means missing.</summary>
    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > 60 ? trimmed[..60] : trimmed;
    }
}
