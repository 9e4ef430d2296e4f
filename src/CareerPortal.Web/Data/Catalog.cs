namespace CareerPortal.Web.Data;

/// <summary>A rung of the career ladder shared by every career path.</summary>
public class Level : ImportedEntity
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public int Order { get; set; }
    /// <summary>The years suggested for a new career level at this rung: a hint in the editor.
    /// Pages show each career level's own years (<see cref="CareerLevel.MinYears"/>).</summary>
    public int? MinYears { get; set; }
    /// <summary>The suggested upper bound; see <see cref="MinYears"/>.</summary>
    public int? MaxYears { get; set; }
    public string Summary { get; set; } = "";
}

public enum SkillKind { Technical, CoreCompetency, Soft }

public class Skill : ImportedEntity
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public SkillKind Kind { get; set; }
    public string Summary { get; set; } = "";
    public string? WhyItMatters { get; set; }
    public List<string> KeySkills { get; set; } = [];
    /// <summary>Ways to build the skill, one per line: the skills check's plan turns each into a step to tick.</summary>
    public List<string> HowToBuild { get; set; } = [];
    /// <summary>Ways to show the skill to an employer (CV, interview, portfolio), one per line.</summary>
    public List<string> HowToShow { get; set; } = [];
    public List<CareerLevelSkill> CareerLevels { get; set; } = [];
}

public class Certification : ImportedEntity
{
    public string Slug { get; set; } = "";
    public string Abbreviation { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Issuer { get; set; }
    public int? LevelId { get; set; }
    public Level? Level { get; set; }
    public string Summary { get; set; } = "";
    public string? Prerequisites { get; set; }
    public string? Covers { get; set; }
    /// <summary>Who the certification is for, in a sentence.</summary>
    public string? Audience { get; set; }
    /// <summary>The ways to qualify: meeting any one route is enough. Empty when not recorded;
    /// one route with no requirement means anyone may sit it.</summary>
    public List<EligibilityRoute> Eligibility { get; set; } = [];
    public string? Exam { get; set; }
    /// <summary>Fees with who pays them and the period they were reported for.</summary>
    public string? Cost { get; set; }
    /// <summary>How long it lasts and how it is renewed.</summary>
    public string? Renewal { get; set; }
    public string? OfficialUrl { get; set; }
    /// <summary>When the facts above were last checked against their sources.</summary>
    public DateOnly? AsOf { get; set; }
    /// <summary>Keys of the <see cref="Source"/> rows the facts come from, in the order shown.</summary>
    public List<string> SourceKeys { get; set; } = [];
    public List<CareerLevelCertification> CareerLevels { get; set; } = [];
}

/// <summary>A published page that outside facts (pay, outlook, certification rules) come from.</summary>
public class Source : ImportedEntity
{
    /// <summary>The short key content refers to it by, such as <c>bls-ooh-pm-specialists</c>.</summary>
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    /// <summary>True when the page is the issuing body's or agency's own; false for a third party
    /// reporting its figures.</summary>
    public bool IsOfficial { get; set; }
}

public class Tool : ImportedEntity
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Category { get; set; } = "";
    public string Summary { get; set; } = "";
    public List<CareerTool> Careers { get; set; } = [];
}
