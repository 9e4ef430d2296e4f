using CareerPortal.Web.Data;

namespace CareerPortal.Web.Content;

/// <summary>Rebuilds content items from database rows: used for export and to tell whether a row
/// has changed since it was imported. Lists come out in their stored order, as in the file.</summary>
public static class ContentMapper
{
    public static LevelFile ToFile(Level level) => new()
    {
        Slug = level.Slug, Name = level.Name, Order = level.Order,
        MinYears = level.MinYears, MaxYears = level.MaxYears, Summary = level.Summary,
    };

    public static SkillFile ToFile(Skill skill) => new()
    {
        Slug = skill.Slug, Name = skill.Name, Kind = ContentValues.Word(ContentValues.SkillKinds, skill.Kind),
        Summary = skill.Summary, WhyItMatters = skill.WhyItMatters, KeySkills = NullIfEmpty(skill.KeySkills),
        HowToBuild = NullIfEmpty(skill.HowToBuild), HowToShow = NullIfEmpty(skill.HowToShow),
    };

    public static CertificationFile ToFile(Certification certification) => new()
    {
        Slug = certification.Slug, Abbreviation = certification.Abbreviation, Name = certification.Name,
        Issuer = certification.Issuer, Level = certification.Level?.Slug, Summary = certification.Summary,
        Prerequisites = certification.Prerequisites, Covers = certification.Covers, Audience = certification.Audience,
        Eligibility = NullIfEmpty(certification.Eligibility.Select(ToFile).ToList()),
        Exam = certification.Exam, Cost = certification.Cost, Renewal = certification.Renewal, OfficialUrl = certification.OfficialUrl,
        AsOf = certification.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Sources = NullIfEmpty(certification.SourceKeys),
    };

    public static EligibilityRouteFile ToFile(EligibilityRoute route) => new()
    {
        Education = route.Education == Education.None ? null : ContentValues.Word(ContentValues.Educations, route.Education),
        ExperienceMonths = route.ExperienceMonths, Agile = route.Agile ? true : null, WithinYears = route.WithinYears,
        TrainingHours = route.TrainingHours, Course = route.Course, OrCertification = route.OrCertification,
    };

    public static EligibilityRoute FromFile(EligibilityRouteFile route) => new()
    {
        Education = route.Education is null ? Education.None : ContentValues.Educations[route.Education],
        ExperienceMonths = route.ExperienceMonths, Agile = route.Agile == true, WithinYears = route.WithinYears,
        TrainingHours = route.TrainingHours, Course = route.Course, OrCertification = route.OrCertification,
    };

    public static SourceFile ToFile(Source source) => new()
    {
        Key = source.Key, Title = source.Title, Url = source.Url, Official = source.IsOfficial,
    };

    public static FigureFile ToFile(LaborFigure figure) => new()
    {
        Measure = figure.Measure, Value = figure.Value, Period = figure.Period, Occupation = figure.Occupation,
        Code = figure.Code, Source = figure.Source,
    };

    public static LaborFigure FromFile(FigureFile figure) => new()
    {
        Measure = figure.Measure, Value = figure.Value, Period = figure.Period, Occupation = figure.Occupation,
        Code = figure.Code, Source = figure.Source,
    };

    public static ToolFile ToFile(Tool tool) => new()
    {
        Slug = tool.Slug, Name = tool.Name, Category = tool.Category, Summary = tool.Summary,
    };

    /// <summary>Needs the career's whole graph loaded (see <see cref="CareerGraph"/>).</summary>
    public static CareerFile ToFile(Career career) => new()
    {
        Slug = career.Slug,
        Title = career.Title,
        Summary = career.Summary,
        Description = career.Description,
        OccupationCode = career.OccupationCode,
        OccupationUrl = career.OccupationUrl,
        Thin = career.IsThin,
        Profile = career.ProfileMarkdown,
        Responsibilities = NullIfEmpty(career.Responsibilities),
        ToolsAdvice = career.ToolsAdvice,
        Levels = NullIfEmpty(career.Levels.OrderBy(l => l.Level.Order).Select(ToFile).ToList()),
        Titles = NullIfEmpty(career.JobTitles.OrderBy(t => t.Order).Select(ToFile).ToList()),
        Specializations = NullIfEmpty(career.Specializations.OrderBy(s => s.Order).Select(ToFile).ToList()),
        Tools = NullIfEmpty(career.Tools.OrderBy(t => t.Order).Select(t => t.Tool.Slug).ToList()),
        Related = NullIfEmpty(career.Relations.OrderBy(r => r.Order).Select(ToFile).ToList()),
        Advancement = NullIfEmpty(career.Advancements.OrderBy(a => a.Order).Select(ToFile).ToList()),
        Figures = NullIfEmpty(career.Figures.Select(ToFile).ToList()),
    };

    /// <summary>Needs the stage's level, skills and certifications loaded.</summary>
    public static CareerLevelFile ToFile(CareerLevel level) => new()
    {
        Level = level.Level.Slug,
        Title = level.Title,
        MinYears = level.MinYears,
        MaxYears = level.MaxYears,
        TypicalRoles = NullIfEmpty(level.TypicalRoles),
        Focus = level.Focus,
        Responsibilities = NullIfEmpty(level.Responsibilities),
        SkillsFocus = level.SkillsFocus,
        Goals = level.Goals,
        Balance = level.Balance,
        Skills = NullIfEmpty(level.Skills.OrderBy(s => s.Order).Select(s => new LevelSkillFile
        {
            Skill = s.Skill.Slug,
            Importance = ContentValues.Word(ContentValues.Importances, s.Importance),
        }).ToList()),
        Certifications = NullIfEmpty(level.Certifications.OrderBy(c => c.Order).Select(c => c.Certification.Slug).ToList()),
    };

    public static JobTitleFile ToFile(JobTitle title) => new() { Title = title.Title, Level = title.Level.Slug, Summary = title.Summary };

    public static SpecializationFile ToFile(Specialization specialization) => new()
    {
        Slug = specialization.Slug, Name = specialization.Name, Summary = specialization.Summary,
    };

    public static RelationFile ToFile(CareerRelation relation) => new()
    {
        Role = relation.RelatedCareer.Slug, Kind = ContentValues.Word(ContentValues.RelationKinds, relation.Kind), Note = relation.Note,
    };

    public static AdvancementFile ToFile(Advancement advancement) => new() { Tier = advancement.Tier, Options = NullIfEmpty(advancement.Options) };

    public static SectionFile ToFile(GuideSection section) => new()
    {
        Slug = section.Slug, Title = section.Title, Description = section.Description, Order = section.Order,
        Status = ContentValues.Word(ContentValues.Statuses, section.Status), Body = ContentReader.NormalizeBody(section.Markdown),
    };

    /// <summary>Lists left out of a file and empty lists mean the same; both hash as null.</summary>
    private static List<T>? NullIfEmpty<T>(List<T>? list) => list is { Count: > 0 } ? list : null;
}
