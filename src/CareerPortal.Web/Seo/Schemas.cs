using CareerPortal.Web.Data;

namespace CareerPortal.Web.Seo;

/// <summary>The schema.org objects for the site's pages, built from the database rows they show.</summary>
public static class Schemas
{
    /// <summary>A career path. Expects its levels with their catalog level; the skills and
    /// certifications are the ones its levels list.</summary>
    public static Occupation Occupation(Career career, IEnumerable<Skill> skills, IEnumerable<Certification> certifications) => new()
    {
        Name = career.Title,
        Description = career.Description,
        Url = new Href(PublicPaths.Career(career.Slug)),
        OccupationalCategory = career.OccupationCode is { Length: > 0 } code ? OnetSoc(code) : null,
        ExperienceRequirements = NullIfEmpty(career.Levels.OrderBy(l => l.Level.Order).Select(Experience)),
        Qualifications = NullIfEmpty(certifications.Select(Credential)),
        Skills = NullIfEmpty(skills.Select(s => new DefinedTerm { Name = s.Name, Url = new Href(PublicPaths.Skill(s.Slug)) })),
        Responsibilities = NullIfEmpty(career.Responsibilities),
    };

    /// <summary>A job title as an occupation of its own: the stage it belongs to gives its
    /// experience, skills and certifications.</summary>
    public static Occupation JobTitleOccupation(Career career, JobTitle title, CareerLevel stage) => new()
    {
        Name = title.Title,
        Description = title.Summary,
        Url = new Href(PublicPaths.JobTitle(career.Slug, title.Slug)),
        OccupationalCategory = career.OccupationCode is { Length: > 0 } code ? OnetSoc(code) : null,
        ExperienceRequirements = [Experience(stage)],
        Qualifications = NullIfEmpty(stage.Certifications.Select(c => Credential(c.Certification))),
        Skills = NullIfEmpty(stage.Skills.Select(s => new DefinedTerm { Name = s.Skill.Name, Url = new Href(PublicPaths.Skill(s.Skill.Slug)) })),
        Responsibilities = NullIfEmpty(stage.Responsibilities),
    };

    /// <summary>A certification; the issuer is named only when the data knows it.</summary>
    public static EducationalOccupationalCredential Credential(Certification certification) => new()
    {
        Name = certification.Name,
        AlternateName = certification.Abbreviation,
        Description = certification.Summary,
        Url = new Href(PublicPaths.Certification(certification.Slug)),
        CredentialCategory = "certification",
        RecognizedBy = certification.Issuer is { Length: > 0 } issuer ? new Organization { Name = issuer } : null,
        CompetencyRequired = certification.Prerequisites,
    };

    /// <summary>The code in the O*NET-SOC taxonomy, named as schema.org's examples do.</summary>
    private static CategoryCode OnetSoc(string code) => new()
    {
        CodeValue = code,
        Url = new Href($"https://www.onetonline.org/link/summary/{Uri.EscapeDataString(code)}"),
        InCodeSet = new CategoryCodeSet { Name = "O*NET-SOC", Url = new Href("https://www.onetcenter.org/taxonomy.html") },
    };

    /// <summary>One stage of the ladder: the experience it starts at. A stage with no lower bound
    /// in years (the top of the ladder) says so in words only.</summary>
    private static OccupationalExperienceRequirements Experience(CareerLevel stage) => new()
    {
        Name = stage.Title,
        Description = $"{stage.Level.Name}: {Pages.Years.Describe(stage)}",
        MonthsOfExperience = stage.MinYears * 12,
    };

    private static List<T>? NullIfEmpty<T>(IEnumerable<T> items) => items.ToList() is { Count: > 0 } list ? list : null;
}
