using CareerPortal.Web.Data;

namespace CareerPortal.Web.Pages;

/// <summary>How levels' years read on a page.</summary>
public static class Years
{
    /// <summary>The years of one career's level, as its pages show them.</summary>
    public static string Describe(CareerLevel stage) => Describe(stage.MinYears, stage.MaxYears);

    /// <summary>A catalog level's default years (the editor's hint).</summary>
    public static string Describe(Level level) => Describe(level.MinYears, level.MaxYears);

    public static string Describe(int? minYears, int? maxYears) => (minYears, maxYears) switch
    {
        (null, null) => "After the senior stage",
        ({ } min, null) => $"{min}+ years",
        (null, { } max) => $"Up to {max} years",
        ({ } min, { } max) => $"{min}-{max} years",
    };
}

public static class SkillKinds
{
    public static readonly IReadOnlyList<SkillKind> All = [SkillKind.Technical, SkillKind.CoreCompetency, SkillKind.Soft];

    public static string Name(SkillKind kind) => kind switch
    {
        SkillKind.Technical => "Technical skill",
        SkillKind.CoreCompetency => "Core competency",
        _ => "Soft skill",
    };

    public static string Plural(SkillKind kind) => kind switch
    {
        SkillKind.Technical => "Technical skills",
        SkillKind.CoreCompetency => "Core competencies",
        _ => "Soft skills",
    };

    /// <summary>The value used in addresses (<c>?kind=core-competency</c>), as in the content files.</summary>
    public static string Slug(SkillKind kind) => kind switch
    {
        SkillKind.Technical => "technical",
        SkillKind.CoreCompetency => "core-competency",
        _ => "soft",
    };

    public static SkillKind? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "technical" => SkillKind.Technical,
        "core-competency" or "core" or "corecompetency" => SkillKind.CoreCompetency,
        "soft" => SkillKind.Soft,
        _ => null,
    };
}

public static class Importances
{
    /// <summary>Filled and empty pips: a shape that repeats the word, so importance never rests on colour.</summary>
    public static string Pips(Importance importance) =>
        new string('●', (int)importance) + new string('○', 3 - (int)importance);

    public static string CssClass(Importance importance) => "importance-" + importance.ToString().ToLowerInvariant();
}

public static class CertificationNames
{
    /// <summary>A certification's name with its abbreviation once: "Project Management Professional
    /// (PMP)", but "PRINCE2" or "ITIL certification" where the name already holds it.</summary>
    public static string Label(string abbreviation, string name) =>
        string.IsNullOrWhiteSpace(abbreviation) || System.Text.RegularExpressions.Regex.IsMatch(name, $@"(^|\W){System.Text.RegularExpressions.Regex.Escape(abbreviation)}($|\W)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            ? name
            : $"{name} ({abbreviation})";

    public static string Label(Certification certification) => Label(certification.Abbreviation, certification.Name);
}
