using CareerPortal.Web.Data;

namespace CareerPortal.Web.Pages.Careers.SkillsCheck;

/// <summary>How a reader rates a skill. <see cref="Skipped"/> is an answer too ("not rated"), so
/// a later visit can tell a skill the reader passed over from one the guide added since.</summary>
public enum Rating { Skipped = 0, NotYet = 1, Basics = 2, AtWork = 3, CouldTeach = 4 }

public static class Ratings
{
    public static readonly IReadOnlyList<Rating> Scale = [Rating.NotYet, Rating.Basics, Rating.AtWork, Rating.CouldTeach];

    public static string Label(Rating rating) => rating switch
    {
        Rating.NotYet => "Not yet",
        Rating.Basics => "I know the basics",
        Rating.AtWork => "I use it at work",
        Rating.CouldTeach => "I could teach it",
        _ => "Skip",
    };

    /// <summary>The rating a level asks for: what matters there must be used at work; a merely
    /// useful skill is covered by knowing the basics.</summary>
    public static Rating Needed(Importance importance) => importance == Importance.Useful ? Rating.Basics : Rating.AtWork;

    public static Rating? Parse(string? value) =>
        int.TryParse(value, out var number) && Enum.IsDefined((Rating)number) ? (Rating)number : null;
}

/// <summary>One skill of the target level with the reader's answer.</summary>
public sealed record Answer(CheckSkill Skill, Importance Importance, Rating Rating)
{
    public Rating Needed => Ratings.Needed(Importance);
    /// <summary>Steps between the rating and what the level asks for (0 when met or not rated).</summary>
    public int Distance => Rating == Rating.Skipped ? 0 : Math.Max(0, Needed - Rating);
}

/// <summary>The reader's answers sorted into what to build, what they already have and what they skipped.</summary>
public sealed record SkillPlan(IReadOnlyList<Answer> Gaps, IReadOnlyList<Answer> Strengths, IReadOnlyList<Answer> Unrated)
{
    /// <summary>Gaps ordered by how much the skill matters at the target level, then by how far the
    /// rating is from what it asks, then by name. wwwroot/js/skills-check.js sorts the same way.</summary>
    public static SkillPlan For(IEnumerable<(CheckSkill Skill, Importance Importance)> target, IReadOnlyDictionary<string, Rating> ratings)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(ratings);
        var answers = target.Select(t => new Answer(t.Skill, t.Importance, ratings.GetValueOrDefault(t.Skill.Slug))).ToList();
        var gaps = answers.Where(a => a.Distance > 0)
            .OrderByDescending(a => a.Importance).ThenByDescending(a => a.Distance).ThenBy(a => a.Skill.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var strengths = answers.Where(a => a.Rating != Rating.Skipped && a.Distance == 0)
            .OrderByDescending(a => a.Rating).ThenByDescending(a => a.Importance).ThenBy(a => a.Skill.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var unrated = answers.Where(a => a.Rating == Rating.Skipped).ToList();
        return new SkillPlan(gaps, strengths, unrated);
    }
}

/// <summary>What changed in the guide since answers were given: skills the target level now
/// lists that the answers never saw, and answered skills it no longer lists.</summary>
public sealed record GuideChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    public bool Any => Added.Count > 0 || Removed.Count > 0;

    /// <param name="answered">Every skill slug the answers cover, skipped ones included.</param>
    public static GuideChanges Between(IEnumerable<string> answered, IEnumerable<string> target)
    {
        var before = answered.ToHashSet(StringComparer.Ordinal);
        var now = target.ToList();
        return new GuideChanges(now.Where(s => !before.Contains(s)).ToList(), before.Where(s => !now.Contains(s)).Order(StringComparer.Ordinal).ToList());
    }
}

/// <summary>Where a reader stands on the ladder, from a level, a job title or their years.</summary>
public sealed record Placement(CheckLevel Level, string? Title, string? Note)
{
    public static Placement? Find(CheckCareer career, string? at, int? years)
    {
        ArgumentNullException.ThrowIfNull(career);
        if (career.Level(at) is { } level)
        {
            return new Placement(level, null, YearsNote(level, years));
        }
        if (career.Titles.FirstOrDefault(t => t.Slug == at) is { } title && career.Level(title.Level) is { } titleLevel)
        {
            return new Placement(titleLevel, title.Title, YearsNote(titleLevel, years, title.Title));
        }
        if (years is not { } y)
        {
            return null;
        }
        var fits = career.Levels.Where(l => l.MinYears is { } min && min <= y && (l.MaxYears is not { } max || y <= max)).ToList();
        if (fits.Count == 0)
        {
            return career.Levels.FirstOrDefault(l => l.MinYears is not null) is { } first
                ? new Placement(first, null, $"No stage of this ladder starts at {y} years, so this plan starts from {first.Title} ({first.Years}).")
                : null;
        }
        var placed = fits[0];
        return new Placement(placed, null, fits.Count > 1
            ? $"{y} years is where {fits[0].Title} ({fits[0].Years}) ends and {fits[1].Title} ({fits[1].Years}) begins. This plan places you at {placed.Title}; choose the other level if your work already fits it."
            : $"{y} years places you at {placed.Title} ({placed.Years}).");
    }

    /// <summary>Titles and years do not always line up: say so rather than pick one silently.</summary>
    private static string? YearsNote(CheckLevel level, int? years, string? title = null)
    {
        var name = title ?? level.Title;
        return years switch
        {
            { } y when level.MinYears is { } min && y < min =>
                $"{name} is usually reached after {min} years and you have {y}. That happens: titles and years do not always line up, so the plan follows the level you chose.",
            { } y when level.MaxYears is { } max && y > max =>
                $"You have {y} years, more than the {level.Years} usual for {name}; the plan follows the level you chose.",
            _ => null,
        };
    }
}

/// <summary>A realistic time to the target level from the ladder's years, with its uncertainty.</summary>
public static class Timeline
{
    public const string Uncertainty =
        "These are the guide's typical ranges, not rules. A relevant degree, fast skill growth, a mentor and early responsibility for projects can shorten the way; their absence can lengthen it, so read this as an estimate give or take a year or more.";

    public static string Describe(CheckLevel from, CheckLevel to, int? years)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (to.Order <= from.Order)
        {
            return $"You are aiming at {to.Title}, the level you are at or one below it: the plan shows how you measure up there, so there is no time to wait.";
        }
        if (to.MinYears is not { } target)
        {
            return $"The guide gives no typical years for {to.Title}: it comes after the senior stage, and reaching it depends on openings and your track record more than on time.";
        }
        if (years is { } y)
        {
            var left = target - y;
            return left <= 0
                ? $"The ladder places {to.Title} at {to.Years}, and your {y} years already reach that: what decides the move now is the skills below and a chance to show them."
                : $"The ladder places {to.Title} at {to.Years}. With {y} years behind you, that is about {Years(left)} more.";
        }
        var fastest = Math.Max(0, target - (from.MaxYears ?? target));
        var slowest = Math.Max(0, target - (from.MinYears ?? 0));
        return fastest == slowest
            ? $"The ladder places {from.Title} at {from.Years} and {to.Title} at {to.Years}: typically about {Years(slowest)} from the start of {from.Title}."
            : $"The ladder places {from.Title} at {from.Years} and {to.Title} at {to.Years}: typically {fastest} to {Years(slowest)} from where you are, depending on how far into {from.Title} you already are.";
    }

    private static string Years(int count) => count == 1 ? "1 year" : $"{count} years";
}
