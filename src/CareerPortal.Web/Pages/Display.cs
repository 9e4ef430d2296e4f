using CareerPortal.Web.Data;

namespace CareerPortal.Web.Pages;

/// <summary>How levels' years read on a page.</summary>
public static class Years
{
    public static string Describe(Level level) => (level.MinYears, level.MaxYears) switch
    {
        (null, null) => "After the senior stage",
        ({ } min, null) => $"{min}+ years",
        (null, { } max) => $"Up to {max} years",
        ({ } min, { } max) => $"{min}-{max} years",
    };
}

public static class SkillKinds
{
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
}
