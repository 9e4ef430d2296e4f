using System.Text.Json.Serialization;

namespace CareerPortal.Web.Seo;

// The schema.org types the site describes itself with, as plain records that System.Text.Json
// writes as JSON-LD (see JsonLd). Property names are schema.org's, camel-cased on output; null
// properties are left out. Only the properties the site fills in are declared.

/// <summary>A link in structured data: a site path ("/careers/x"), written out as an absolute
/// URL on <see cref="SiteOptions.BaseUrl"/>, or an outside address kept as it is.</summary>
public readonly record struct Href(string Value);

/// <summary>schema.org's Thing: what every type below shares.</summary>
public abstract record SchemaThing([property: JsonPropertyName("@type"), JsonPropertyOrder(-1)] string Type)
{
    /// <summary>Set on the outermost object only, when it is written out.</summary>
    [JsonPropertyName("@context"), JsonPropertyOrder(-2)]
    public string? Context { get; init; }
    public string? Name { get; init; }
    public string? AlternateName { get; init; }
    public string? Description { get; init; }
    public Href? Url { get; init; }
}

public sealed record WebSite() : SchemaThing("WebSite")
{
    /// <summary>The site search, so a search engine can offer a search box for the site.</summary>
    public SearchAction? PotentialAction { get; init; }
}

public sealed record SearchAction() : SchemaThing("SearchAction")
{
    public required EntryPoint Target { get; init; }
    [JsonPropertyName("query-input")]
    public required string QueryInput { get; init; }
}

public sealed record EntryPoint() : SchemaThing("EntryPoint")
{
    public required Href UrlTemplate { get; init; }
}

public sealed record BreadcrumbList() : SchemaThing("BreadcrumbList")
{
    public required IReadOnlyList<ListItem> ItemListElement { get; init; }
}

public sealed record ListItem() : SchemaThing("ListItem")
{
    public required int Position { get; init; }
    public required Href Item { get; init; }
}

public sealed record Occupation() : SchemaThing("Occupation")
{
    public CategoryCode? OccupationalCategory { get; init; }
    public IReadOnlyList<OccupationalExperienceRequirements>? ExperienceRequirements { get; init; }
    public IReadOnlyList<EducationalOccupationalCredential>? Qualifications { get; init; }
    public IReadOnlyList<DefinedTerm>? Skills { get; init; }
    public IReadOnlyList<string>? Responsibilities { get; init; }
}

/// <summary>A code in a taxonomy, such as an O*NET-SOC occupation code.</summary>
public sealed record CategoryCode() : SchemaThing("CategoryCode")
{
    public required string CodeValue { get; init; }
    public CategoryCodeSet? InCodeSet { get; init; }
}

public sealed record CategoryCodeSet() : SchemaThing("CategoryCodeSet");

public sealed record OccupationalExperienceRequirements() : SchemaThing("OccupationalExperienceRequirements")
{
    public int? MonthsOfExperience { get; init; }
}

public sealed record EducationalOccupationalCredential() : SchemaThing("EducationalOccupationalCredential")
{
    public string? CredentialCategory { get; init; }
    public Organization? RecognizedBy { get; init; }
    public string? CompetencyRequired { get; init; }
}

public sealed record Organization() : SchemaThing("Organization");

public sealed record DefinedTerm() : SchemaThing("DefinedTerm");
