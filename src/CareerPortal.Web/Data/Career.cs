namespace CareerPortal.Web.Data;

/// <summary>A career path, such as IT Project Manager.</summary>
public class Career : ImportedEntity
{
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Description { get; set; } = "";
    public string? OccupationCode { get; set; }
    /// <summary>The occupation's public profile (O*NET's My Next Move), only when confirmed.</summary>
    public string? OccupationUrl { get; set; }
    /// <summary>A short profile rather than a full guide: kept out of the sitemap.</summary>
    public bool IsThin { get; set; }
    public string? ProfileMarkdown { get; set; }
    public string? ProfileHtml { get; set; }
    public List<string> Responsibilities { get; set; } = [];
    public string? ToolsAdvice { get; set; }
    /// <summary>Pay and outlook figures from outside sources, in the order shown.</summary>
    public List<LaborFigure> Figures { get; set; } = [];

    public List<CareerLevel> Levels { get; set; } = [];
    public List<JobTitle> JobTitles { get; set; } = [];
    public List<Specialization> Specializations { get; set; } = [];
    public List<CareerTool> Tools { get; set; } = [];
    public List<CareerRelation> Relations { get; set; } = [];
    public List<Advancement> Advancements { get; set; } = [];
    public List<GuideSection> Sections { get; set; } = [];
}

/// <summary>A row that belongs to one career path and shows on its page and API resource.</summary>
public interface ICareerPart
{
    int CareerId { get; }
    Career Career { get; }
}

/// <summary>What a career path looks like at one level: the stage's name, work and focus.</summary>
public class CareerLevel : Entity, ICareerPart
{
    public int CareerId { get; set; }
    public Career Career { get; set; } = null!;
    public int LevelId { get; set; }
    public Level Level { get; set; } = null!;
    public string Title { get; set; } = "";
    /// <summary>The experience this stage starts at, in years; null for none (the top of a ladder).
    /// Each career's own: the catalog level only suggests a default.</summary>
    public int? MinYears { get; set; }
    /// <summary>The experience this stage ends at, in years; null for "and more".</summary>
    public int? MaxYears { get; set; }
    public List<string> TypicalRoles { get; set; } = [];
    public string Focus { get; set; } = "";
    public List<string> Responsibilities { get; set; } = [];
    public string? SkillsFocus { get; set; }
    public string? Goals { get; set; }
    public string? Balance { get; set; }
    public List<CareerLevelSkill> Skills { get; set; } = [];
    public List<CareerLevelCertification> Certifications { get; set; } = [];
}

public enum Importance { Useful = 1, Important = 2, Essential = 3 }

public class CareerLevelSkill
{
    public int CareerLevelId { get; set; }
    public CareerLevel CareerLevel { get; set; } = null!;
    public int SkillId { get; set; }
    public Skill Skill { get; set; } = null!;
    public Importance Importance { get; set; }
    public int Order { get; set; }
}

public class CareerLevelCertification
{
    public int CareerLevelId { get; set; }
    public CareerLevel CareerLevel { get; set; } = null!;
    public int CertificationId { get; set; }
    public Certification Certification { get; set; } = null!;
    public int Order { get; set; }
}

public class JobTitle : Entity, ICareerPart
{
    public int CareerId { get; set; }
    public Career Career { get; set; } = null!;
    public int LevelId { get; set; }
    public Level Level { get; set; } = null!;
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public int Order { get; set; }
}

public class Specialization : Entity, ICareerPart
{
    public int CareerId { get; set; }
    public Career Career { get; set; } = null!;
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Summary { get; set; } = "";
    public int Order { get; set; }
}

public class CareerTool : ICareerPart
{
    public int CareerId { get; set; }
    public Career Career { get; set; } = null!;
    public int ToolId { get; set; }
    public Tool Tool { get; set; } = null!;
    public int Order { get; set; }
}

public enum RelationKind { Related, NextStep }

public class CareerRelation : Entity, ICareerPart
{
    public int CareerId { get; set; }
    public Career Career { get; set; } = null!;
    public int RelatedCareerId { get; set; }
    public Career RelatedCareer { get; set; } = null!;
    public RelationKind Kind { get; set; }
    public string Note { get; set; } = "";
    public int Order { get; set; }
}

/// <summary>Careers beyond the path itself (director, VP, C-level...), grouped in tiers.</summary>
public class Advancement : Entity, ICareerPart
{
    public int CareerId { get; set; }
    public Career Career { get; set; } = null!;
    public string Tier { get; set; } = "";
    public List<string> Options { get; set; } = [];
    public int Order { get; set; }
}

/// <summary>A pay or outlook figure for one occupation, as its source published it. Stored as
/// JSON on its career; an editor updates it when the source publishes a new period.</summary>
public sealed record LaborFigure
{
    /// <summary>What is measured, such as "Median annual wage" or "Projected employment change".</summary>
    public string Measure { get; init; } = "";
    public string Value { get; init; } = "";
    /// <summary>The period the figure describes, such as "May 2024" or "2024-2034".</summary>
    public string Period { get; init; } = "";
    /// <summary>The occupation the figure covers, such as "Project Management Specialists".</summary>
    public string Occupation { get; init; } = "";
    /// <summary>The occupation's SOC or O*NET-SOC code, such as "13-1082".</summary>
    public string? Code { get; init; }
    /// <summary>The key of the <see cref="Source"/> it comes from.</summary>
    public string Source { get; init; } = "";
}
