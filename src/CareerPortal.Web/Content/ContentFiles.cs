using System.Text.Json.Serialization;

namespace CareerPortal.Web.Content;

// The shapes of the files under content/ (see content/README.md). Import reads them, export writes
// them, and the hash of an item's canonical JSON tells whether a file or a row has changed.

/// <summary>An item of a content file; <see cref="Line"/> is where it starts, for error messages.</summary>
public abstract class SourceItem
{
    [JsonIgnore, YamlDotNet.Serialization.YamlIgnore]
    public int Line { get; set; }
}

public sealed class LevelFile : SourceItem
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public int Order { get; set; }
    public int? MinYears { get; set; }
    public int? MaxYears { get; set; }
    public string Summary { get; set; } = "";
}

public sealed class SkillFile : SourceItem
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Summary { get; set; } = "";
    public string? WhyItMatters { get; set; }
    public List<string>? KeySkills { get; set; }
    public List<string>? HowToBuild { get; set; }
    public List<string>? HowToShow { get; set; }
}

public sealed class CertificationFile : SourceItem
{
    public string Slug { get; set; } = "";
    public string Abbreviation { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Issuer { get; set; }
    public string? Level { get; set; }
    public string Summary { get; set; } = "";
    public string? Prerequisites { get; set; }
    public string? Covers { get; set; }
    // Fields added after the first release are left out of the hash when empty, so a row imported
    // before they existed still hashes as imported and a re-import fills them in, not a conflict.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Audience { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<EligibilityRouteFile>? Eligibility { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Exam { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Cost { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Renewal { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OfficialUrl { get; set; }
    /// <summary>yyyy-MM-dd.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AsOf { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Sources { get; set; }
}

/// <summary>One way to qualify (see <see cref="Data.EligibilityRoute"/>).</summary>
public sealed class EligibilityRouteFile : SourceItem
{
    public string? Education { get; set; }
    public int? ExperienceMonths { get; set; }
    public bool? Agile { get; set; }
    public int? WithinYears { get; set; }
    public int? TrainingHours { get; set; }
    public string? Course { get; set; }
    public string? OrCertification { get; set; }
}

public sealed class SourceFile : SourceItem
{
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    public bool Official { get; set; }
}

public sealed class FigureFile : SourceItem
{
    public string Measure { get; set; } = "";
    public string Value { get; set; } = "";
    public string Period { get; set; } = "";
    public string Occupation { get; set; } = "";
    public string? Code { get; set; }
    public string Source { get; set; } = "";
}

public sealed class ToolFile : SourceItem
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Category { get; set; } = "";
    public string Summary { get; set; } = "";
}

public sealed class CareerFile : SourceItem
{
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Description { get; set; } = "";
    public string? OccupationCode { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OccupationUrl { get; set; }
    public bool Thin { get; set; }
    public string? Profile { get; set; }
    public List<string>? Responsibilities { get; set; }
    public string? ToolsAdvice { get; set; }
    public List<CareerLevelFile>? Levels { get; set; }
    public List<JobTitleFile>? Titles { get; set; }
    public List<SpecializationFile>? Specializations { get; set; }
    public List<string>? Tools { get; set; }
    public List<RelationFile>? Related { get; set; }
    public List<AdvancementFile>? Advancement { get; set; }
    /// <summary>Pay and outlook figures; see <see cref="CertificationFile.Audience"/> for why it can be left out of the hash.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<FigureFile>? Figures { get; set; }
}

public sealed class CareerLevelFile : SourceItem
{
    public string Level { get; set; } = "";
    public string Title { get; set; } = "";
    public int? MinYears { get; set; }
    public int? MaxYears { get; set; }
    public List<string>? TypicalRoles { get; set; }
    public string Focus { get; set; } = "";
    public List<string>? Responsibilities { get; set; }
    public string? SkillsFocus { get; set; }
    public string? Goals { get; set; }
    public string? Balance { get; set; }
    public List<LevelSkillFile>? Skills { get; set; }
    public List<string>? Certifications { get; set; }
}

public sealed class LevelSkillFile : SourceItem
{
    public string Skill { get; set; } = "";
    public string Importance { get; set; } = "";
}

public sealed class JobTitleFile : SourceItem
{
    public string Title { get; set; } = "";
    public string Level { get; set; } = "";
    public string Summary { get; set; } = "";
}

public sealed class SpecializationFile : SourceItem
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Summary { get; set; } = "";
}

public sealed class RelationFile : SourceItem
{
    public string Role { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Note { get; set; } = "";
}

public sealed class AdvancementFile : SourceItem
{
    public string Tier { get; set; } = "";
    public List<string>? Options { get; set; }
}

/// <summary>A guide section: front matter plus its Markdown body.</summary>
public sealed class SectionFile : SourceItem
{
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public int Order { get; set; }
    public string Status { get; set; } = "";
    [YamlDotNet.Serialization.YamlIgnore]
    public string Body { get; set; } = "";
    /// <summary>The file's line where <see cref="Body"/> starts, for errors in the Markdown.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public int BodyLine { get; set; } = 1;
}
