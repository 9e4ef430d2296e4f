using System.Globalization;
using CareerPortal.Web.Certifications;
using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;

namespace CareerPortal.Web.Pages.Careers.SkillsCheck;

/// <summary>The private skills check (<c>/careers/{career}/skills-check</c>): where the reader is,
/// where they want to be, a rating per skill, and the plan. Everything arrives in the query
/// string of a GET form, so it works without JavaScript and the server keeps nothing: the page is
/// never cached (here or by the browser), never indexed, and the request log leaves its query out
/// (Hosting/Logging.cs). With JavaScript, answers stay in the browser (wwwroot/js/skills-check.js).</summary>
[OutputCache(NoStore = true)]
public sealed class IndexModel(CareerDb db, IMemoryCache cache) : PageModel, IHasMeta
{
    /// <summary>A rating arrives as <c>r.{skill}=0..4</c>; a ticked step as <c>done={skill}.{build|show}.{n}</c>.</summary>
    public const string RatingPrefix = "r.";

    public PageMeta? Meta { get; private set; }
    public CheckCareer Career { get; private set; } = null!;
    public string? At { get; private set; }
    public int? YearsOfExperience { get; private set; }
    public Placement? Placement { get; private set; }
    public CheckLevel? Target { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    /// <summary>The target level's skills grouped by kind, essential first within each kind.</summary>
    public IReadOnlyList<IGrouping<SkillKind, (CheckSkill Skill, Importance Importance)>> Groups { get; private set; } = [];
    public IReadOnlyDictionary<string, Rating> Ratings { get; private set; } = new Dictionary<string, Rating>();
    public IReadOnlySet<string> Done { get; private set; } = new HashSet<string>();
    /// <summary>Every skill of the target level sorted by the answers; all unrated before any are
    /// given (the page still renders every item, for the script to sort in the browser).</summary>
    public SkillPlan? Plan { get; private set; }
    public bool HasAnswers => Ratings.Count > 0;
    public GuideChanges? Changes { get; private set; }
    public string? AnsweredVersion { get; private set; }
    /// <summary>What the reader said for certifications: education, months of project experience,
    /// hours of training, agile or not, certifications held (each optional).</summary>
    public Background Background { get; private set; } = new();
    /// <summary>The career's certifications in ladder order, the ones the reader may hold.</summary>
    public IReadOnlyList<Certification> CareerCertifications { get; private set; } = [];
    public CertificationAdvice? Certifications { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? at, string? years, string? to, string? v, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        if (await CheckData.LoadAsync(db, cache, slug, cancellationToken) is not { } career || career.Levels.Count == 0)
        {
            return NotFound();
        }
        Career = career;
        var problems = new List<string>();
        At = Clean(at);
        if (!string.IsNullOrWhiteSpace(years))
        {
            if (int.TryParse(years, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y <= 60)
            {
                YearsOfExperience = y;
            }
            else
            {
                problems.Add("Years of experience must be a whole number from 0 to 60.");
            }
        }
        Background = ReadBackground(problems);
        Placement = SkillsCheck.Placement.Find(career, At, YearsOfExperience);
        if (At is not null && career.Level(At) is null && career.Titles.All(t => t.Slug != At))
        {
            problems.Add("That starting point is not a level or job title of this career path. Choose one from the list.");
        }
        var target = career.Level(Clean(to));
        if (Clean(to) is not null && target is null)
        {
            problems.Add("That goal is not a level of this career path. Choose one from the list.");
        }
        Target = target ?? (Placement is { } placed ? career.Next(placed.Level) ?? placed.Level : null);
        Problems = problems;
        var suggested = career.Levels.SelectMany(l => l.Certifications).Distinct().ToList();
        CareerCertifications = suggested.Select(slug => career.Certifications.FirstOrDefault(c => c.Slug == slug)).OfType<Certification>().ToList();
        if (CareerCertifications.Count > 0)
        {
            Certifications = CertificationAdvice.For(CareerCertifications, career.Certifications, Background);
        }

        if (Target is { } goal)
        {
            var skills = goal.Skills.Where(s => career.Skills.ContainsKey(s.Skill)).Select(s => (Skill: career.Skills[s.Skill], s.Importance)).ToList();
            Groups = skills.OrderBy(s => s.Skill.Kind == SkillKind.CoreCompetency ? 0 : s.Skill.Kind == SkillKind.Technical ? 1 : 2)
                .ThenByDescending(s => s.Importance).ThenBy(s => s.Skill.Name, StringComparer.OrdinalIgnoreCase)
                .GroupBy(s => s.Skill.Kind).ToList();
            ReadAnswers();
            Plan = SkillPlan.For(skills, Ratings);
            if (HasAnswers)
            {
                AnsweredVersion = Clean(v);
                if (AnsweredVersion is not null && AnsweredVersion != career.Version)
                {
                    Changes = GuideChanges.Between(Ratings.Keys, skills.Select(s => s.Skill.Slug));
                }
            }
        }

        Meta = new PageMeta
        {
            Title = $"Check your skills: {career.Title}",
            Description = MetaText.Cut($"Rate your skills against a level of the {career.Title} career path and get a private development plan: gaps, steps, certifications and a timeline.", MetaText.MaxLength),
            Path = PublicPaths.SkillsCheck(career.Slug),
            Breadcrumbs = [new("Home", PublicPaths.Home), new("Careers", PublicPaths.Careers), new(career.Title, PublicPaths.Career(career.Slug))],
            NoIndex = true,
        };
        return Page();
    }

    /// <summary>Ratings for skills the reader has not seen on this level are kept too: they are
    /// what tells a plan that the guide dropped a skill since the answers were given.</summary>
    private void ReadAnswers()
    {
        var ratings = new Dictionary<string, Rating>(StringComparer.Ordinal);
        foreach (var (key, value) in Request.Query)
        {
            if (key.StartsWith(RatingPrefix, StringComparison.Ordinal) && key.Length <= 80
                && Clean(key[RatingPrefix.Length..]) is { } skill && SkillsCheck.Ratings.Parse(value.ToString()) is { } rating)
            {
                ratings[skill] = rating;
            }
        }
        Ratings = ratings;
        Done = Request.Query["done"].Where(d => d is { Length: <= 100 }).Select(d => d!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Nothing said is "not said" (so a requirement is unknown, not failed); once the reader
    /// says anything about their background, unticked certifications mean none held.</summary>
    private Background ReadBackground(List<string> problems)
    {
        var query = Request.Query;
        int? Number(string name, string what, int max)
        {
            var text = query[name].ToString();
            if (text.Length == 0)
            {
                return null;
            }
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max)
            {
                return value;
            }
            problems.Add($"{what} must be a whole number from 0 to {max.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }
        var education = query["edu"].ToString() switch
        {
            "none" => Education.None,
            "secondary" => Education.Secondary,
            "bachelor" => Education.Bachelor,
            _ => (Education?)null,
        };
        var agile = query["agile"].ToString() switch
        {
            "yes" => true,
            "no" => false,
            _ => (bool?)null,
        };
        var months = Number("months", "Months of project experience", 720);
        var hours = Number("hours", "Hours of project management training", 10_000);
        var held = query["held"].Select(h => h?.Trim().ToLowerInvariant()).OfType<string>().Where(h => h.Length is > 0 and <= 80).ToHashSet(StringComparer.Ordinal);
        var said = education is not null || agile is not null || months is not null || hours is not null || held.Count > 0;
        return new Background(months, education, hours, agile, said ? held : null);
    }

    /// <summary>The name of a skill that may no longer be on this level, for "what changed".</summary>
    public string SkillName(string slug) => Career.Skills.TryGetValue(slug, out var skill) ? skill.Name : slug;

    public Rating RatingOf(string skill) => Ratings.GetValueOrDefault(skill);

    /// <summary>The steps of a plan item, with the value a ticked box sends.</summary>
    public static IEnumerable<(string Id, string Text)> Steps(CheckSkill skill, string kind)
    {
        ArgumentNullException.ThrowIfNull(skill);
        var lines = kind == "build" ? skill.HowToBuild : skill.HowToShow;
        return lines.Select((text, index) => ($"{skill.Slug}.{kind}.{index.ToString(CultureInfo.InvariantCulture)}", text));
    }

    /// <summary>How many of the plan's steps (for the skills still to build) are ticked, of how many.</summary>
    public (int Done, int Total) Progress()
    {
        var ids = (Plan?.Gaps ?? []).SelectMany(a => Steps(a.Skill, "build").Concat(Steps(a.Skill, "show"))).Select(s => s.Id).ToList();
        return (ids.Count(Done.Contains), ids.Count);
    }

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > 80 ? null : trimmed;
    }
}

/// <summary>One skill of the plan as the page draws it, in whichever list it falls.</summary>
public sealed record PlanItem(Answer Answer, string TargetTitle, IReadOnlySet<string> Done, string SkillAddress);
