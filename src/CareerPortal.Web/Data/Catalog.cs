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
    public List<CareerLevelCertification> CareerLevels { get; set; } = [];
}

public class Tool : ImportedEntity
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Category { get; set; } = "";
    public string Summary { get; set; } = "";
    public List<CareerTool> Careers { get; set; } = [];
}
