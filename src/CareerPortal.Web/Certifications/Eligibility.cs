using System.Globalization;
using CareerPortal.Web.Data;

namespace CareerPortal.Web.Certifications;

/// <summary>What a reader says about themselves. Every part is optional: null means "not said",
/// which makes any requirement that depends on it unknown rather than failed.</summary>
/// <param name="ExperienceMonths">Months of project experience.</param>
/// <param name="Education">The highest education completed.</param>
/// <param name="TrainingHours">Hours of project management training done.</param>
/// <param name="Agile">Whether that experience and training were on agile teams.</param>
/// <param name="Held">Slugs of the certifications already held (null: not said; empty: none).</param>
public sealed record Background(
    int? ExperienceMonths = null,
    Education? Education = null,
    int? TrainingHours = null,
    bool? Agile = null,
    IReadOnlySet<string>? Held = null);

public enum EligibilityStatus
{
    /// <summary>The reader already holds it.</summary>
    Held,
    /// <summary>A route is met in full.</summary>
    Now,
    /// <summary>Every route lacks something; <see cref="Verdict.Missing"/> is what the nearest one still needs.</summary>
    After,
    /// <summary>A route may be met but depends on something the reader did not say (or no route is recorded).</summary>
    Unknown,
}

/// <summary>The kind of a missing requirement: training can be started today; the others take
/// time or another certification first.</summary>
public enum RequirementKind { Education, Experience, Training, Certification }

/// <summary>One requirement the reader does not (or may not) meet, said in words.</summary>
public sealed record Requirement(RequirementKind Kind, string Text);

/// <summary>The answer for one certification.</summary>
/// <param name="Missing">For <see cref="EligibilityStatus.After"/>: what the nearest route still needs.
/// For <see cref="EligibilityStatus.Unknown"/>: what the reader would have to tell to decide.</param>
public sealed record Verdict(string Slug, EligibilityStatus Status, EligibilityRoute? Route, IReadOnlyList<Requirement> Missing)
{
    /// <summary>True when the reader may work towards it today: held, eligible, or only training is missing.</summary>
    public bool CanStartNow => Status is EligibilityStatus.Held or EligibilityStatus.Now
        || (Status == EligibilityStatus.After && Missing.All(m => m.Kind == RequirementKind.Training));
}

/// <summary>Decides who may sit which certification, from the routes stored on each
/// (<see cref="Certification.Eligibility"/>). Pure: no database, no clock.</summary>
public static class Eligibility
{
    /// <summary>The verdict for each certification, in the order given. Pass them all, so that a
    /// route naming another certification ("or the CAPM") can name it.</summary>
    public static IReadOnlyList<Verdict> Check(IReadOnlyList<Certification> certifications, Background reader)
    {
        ArgumentNullException.ThrowIfNull(certifications);
        var names = Names(certifications);
        return certifications.Select(c => Check(c, reader, names)).ToList();
    }

    /// <summary>Certification slugs to the abbreviations routes show.</summary>
    public static IReadOnlyDictionary<string, string> Names(IEnumerable<Certification> certifications) =>
        certifications.ToDictionary(c => c.Slug, c => c.Abbreviation, StringComparer.Ordinal);

    /// <summary>The verdict for one certification: the first route met in full, else the route
    /// that may be met (unknown), else the route with the fewest and quickest things missing.
    /// <paramref name="names"/> (from <see cref="Names"/>) names the certifications routes refer to.</summary>
    public static Verdict Check(Certification certification, Background reader, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(certification);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.Held?.Contains(certification.Slug) == true)
        {
            return new Verdict(certification.Slug, EligibilityStatus.Held, null, []);
        }
        if (certification.Eligibility.Count == 0)
        {
            return new Verdict(certification.Slug, EligibilityStatus.Unknown, null,
                [new Requirement(RequirementKind.Certification, "its requirements are not recorded here yet; check the issuer")]);
        }
        var outcomes = certification.Eligibility.Select(route => (Route: route, Parts: Assess(route, reader, names))).ToList();
        if (outcomes.FirstOrDefault(o => o.Parts.Count == 0) is { Route: not null } met)
        {
            return new Verdict(certification.Slug, EligibilityStatus.Now, met.Route, []);
        }
        var open = outcomes.Where(o => o.Parts.All(p => p.Unknown)).OrderBy(o => o.Parts.Count).FirstOrDefault();
        if (open.Route is not null)
        {
            return new Verdict(certification.Slug, EligibilityStatus.Unknown, open.Route, open.Parts.Select(p => p.Requirement).ToList());
        }
        var nearest = outcomes.MinBy(o => (o.Parts.Count(p => p.Requirement.Kind != RequirementKind.Training), o.Parts.Sum(p => p.Months), o.Parts.Count));
        return new Verdict(certification.Slug, EligibilityStatus.After, nearest.Route,
            nearest.Parts.Where(p => !p.Unknown).Select(p => p.Requirement).ToList());
    }

    /// <summary>A requirement of a route the reader does not meet (<paramref name="Unknown"/>: may not meet);
    /// <paramref name="Months"/> is how long the missing experience takes, to rank routes.</summary>
    private sealed record Part(Requirement Requirement, bool Unknown, int Months = 0);

    private static List<Part> Assess(EligibilityRoute route, Background reader, IReadOnlyDictionary<string, string> names)
    {
        var parts = new List<Part>();
        if (route.Education > Education.None)
        {
            var needed = new Requirement(RequirementKind.Education, Describe(route.Education));
            if (reader.Education is not { } education)
            {
                parts.Add(new Part(needed, Unknown: true));
            }
            else if (education < route.Education)
            {
                parts.Add(new Part(needed, Unknown: false));
            }
        }
        if (route.ExperienceMonths is > 0 and var months)
        {
            var kind = route.Agile ? "agile project experience" : "project experience";
            var done = reader.Agile == false && route.Agile ? 0 : reader.ExperienceMonths;
            if (done is null || (route.Agile && reader.Agile is null))
            {
                parts.Add(new Part(new Requirement(RequirementKind.Experience, $"{months} months of {kind}"), Unknown: true));
            }
            else if (done < months)
            {
                var more = months - done.Value;
                parts.Add(new Part(new Requirement(RequirementKind.Experience,
                    $"{Count(more, "more month")} of {kind} ({months} in all)"), Unknown: false, more));
            }
        }
        if (Training(route, reader, names) is { } training)
        {
            parts.Add(training);
        }
        return parts;
    }

    private static Part? Training(EligibilityRoute route, Background reader, IReadOnlyDictionary<string, string> names)
    {
        var alternative = route.OrCertification;
        if (alternative is not null && reader.Held?.Contains(alternative) == true)
        {
            return null;
        }
        var or = alternative is null ? "" : $", or the {Name(alternative, names)} certification";
        if (route.Course is { Length: > 0 } course)
        {
            return new Part(new Requirement(RequirementKind.Training, course + or), Unknown: false);
        }
        if (route.TrainingHours is not (> 0 and var hours))
        {
            return null;
        }
        var kind = route.Agile ? "agile training" : "project management training";
        if (reader.TrainingHours is not { } done || (route.Agile && reader.Agile is null))
        {
            return new Part(new Requirement(RequirementKind.Training, $"{hours} hours of {kind}{or}"), Unknown: true);
        }
        var counted = route.Agile && reader.Agile == false ? 0 : done;
        return counted >= hours ? null
            : new Part(new Requirement(RequirementKind.Training, $"{Count(hours - counted, "more hour")} of {kind} ({hours} in all){or}"), Unknown: false);
    }

    /// <summary>An education level as a requirement: "a four-year (bachelor's) degree".</summary>
    public static string Describe(Education education) => education switch
    {
        Education.Bachelor => "a four-year (bachelor's) degree",
        Education.Secondary => "a secondary diploma (high school or equivalent)",
        _ => "no set education",
    };

    /// <summary>A route in one line, for pages and the comparison table.</summary>
    public static string Describe(EligibilityRoute route, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(names);
        var parts = new List<string>();
        if (route.Education > Education.None)
        {
            parts.Add(Describe(route.Education));
        }
        if (route.ExperienceMonths is > 0 and var months)
        {
            var within = route.WithinYears is { } years ? string.Create(CultureInfo.InvariantCulture, $" within the last {years} years") : "";
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{months} months of {(route.Agile ? "agile " : "")}project experience{within}"));
        }
        var or = route.OrCertification is { } alternative ? $" (or the {Name(alternative, names)} certification instead)" : "";
        if (route.Course is { Length: > 0 } course)
        {
            parts.Add(course + or);
        }
        else if (route.TrainingHours is > 0 and var hours)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{hours} hours of {(route.Agile ? "agile training" : "project management training")}{or}"));
        }
        return parts.Count == 0 ? "No prerequisites: anyone may sit the exam" : Capitalize(string.Join(", plus ", parts));
    }

    private static string Count(int count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? "" : "s")}");

    private static string Name(string slug, IReadOnlyDictionary<string, string> names) =>
        names.TryGetValue(slug, out var name) ? name : slug;

    private static string Capitalize(string text) => string.Concat(text[..1].ToUpperInvariant(), text[1..]);
}
