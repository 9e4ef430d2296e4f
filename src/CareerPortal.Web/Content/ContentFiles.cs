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
