using System.ComponentModel;

namespace CareerPortal.Web.Api;

// What the read API returns, written by hand from the rows (no mapper). Every resource carries
// its permanent id (a Guid that survives renames), its slug, the public page (url), its API
// address (href) and lastReviewed: the latest change among the rows it shows.

[Description("One page of a list.")]
public sealed record Paged<T>(
    IReadOnlyList<T> Items,
    [property: Description("The page shown, from 1.")] int Page,
    [property: Description("Items per page, 1-100.")] int PageSize,
    int TotalItems,
    int TotalPages,
    PageLinks Links);

[Description("Absolute links to this page and its neighbours; null where there is none.")]
public sealed record PageLinks(string Self, string? Next, string? Previous);

[Description("The occupation's code in a taxonomy (O*NET-SOC), as schema.org's occupationalCategory.")]
public sealed record OccupationalCategory(
    [property: Description("For example 15-1299.09.")] string CodeValue,
    string CodeSet,
    string Url);

[Description("A career path in a list.")]
public sealed record CareerSummary(
    [property: Description("Permanent id: never changes, even when the slug does.")] Guid Id,
    string Slug,
    string Title,
    string Summary,
    OccupationalCategory? OccupationalCategory,
    [property: Description("When anything the career's resource shows last changed (UTC).")] DateTime LastReviewed,
    [property: Description("The public page.")] string Url,
    [property: Description("This resource in the API.")] string Href);

[Description("A career path with its ladder, titles, skills, certifications, tools and published guide sections.")]
public sealed record CareerDetail(
    Guid Id,
    string Slug,
    string Title,
    string Summary,
    string Description,
    [property: Description("True for a short profile rather than a full guide.")] bool IsShortProfile,
    OccupationalCategory? OccupationalCategory,
    IReadOnlyList<string> Responsibilities,
    [property: Description("The ladder, lowest level first.")] IReadOnlyList<CareerLevelResource> Levels,
    IReadOnlyList<JobTitleResource> JobTitles,
    IReadOnlyList<SpecializationResource> Specializations,
    IReadOnlyList<ToolReference> Tools,
    IReadOnlyList<RelatedCareer> RelatedCareers,
    [property: Description("Published guide sections only, in reading order.")] IReadOnlyList<GuideSectionResource> Sections,
    DateTime LastReviewed,
    string Url,
    string Href,
    [property: Description("The ladder as an embeddable SVG image.")] string LadderImage);

[Description("The years of experience a level starts and ends at; null where open.")]
public sealed record YearsRange(int? Min, int? Max, [property: Description("As the site words it, e.g. 4-7 years.")] string Text);

[Description("One level of a career path.")]
public sealed record CareerLevelResource(
    [property: Description("The catalog level's permanent id.")] Guid LevelId,
    string Slug,
    [property: Description("The catalog level's name, e.g. Mid.")] string Name,
    int Order,
    YearsRange Years,
    [property: Description("The stage's title on this path.")] string Title,
    string Focus,
    IReadOnlyList<string> TypicalRoles,
    IReadOnlyList<string> Responsibilities,
    IReadOnlyList<string> JobTitles,
    [property: Description("Skills needed at this level, most important first.")] IReadOnlyList<SkillNeed> Skills,
    IReadOnlyList<CertificationReference> Certifications,
    string Url);

[Description("A skill a level needs, with how much it matters.")]
public sealed record SkillNeed(
    Guid Id,
    string Slug,
    string Name,
    [property: Description("technical, core-competency or soft.")] string Kind,
    [property: Description("useful, important or essential.")] string Importance,
    [property: Description("1 (useful) to 3 (essential).")] int ImportanceRank,
    string Href);

public sealed record CertificationReference(Guid Id, string Slug, string Abbreviation, string Name, string Href);

public sealed record JobTitleResource(string Title, string Summary, [property: Description("The level's slug.")] string Level);

public sealed record SpecializationResource(string Slug, string Name, string Summary);

public sealed record ToolReference(Guid Id, string Slug, string Name, string Category, string Href);

public sealed record RelatedCareer(
    Guid Id,
    string Slug,
    string Title,
    [property: Description("related or next-step.")] string Relation,
    string Note,
    string Href);

[Description("A published section of a career guide.")]
public sealed record GuideSectionResource(
    Guid Id,
    string Slug,
    string Title,
    string Description,
    int Order,
    [property: Description("The HTML as the site publishes it (rendered from Markdown and sanitized).")] string Html,
    [property: Description("The section's opening as plain text, at most 300 characters.")] string Summary,
    DateTime LastReviewed,
    string Url);

[Description("A skill.")]
public sealed record SkillResource(
    Guid Id,
    string Slug,
    string Name,
    [property: Description("technical, core-competency or soft.")] string Kind,
    string Summary,
    string? WhyItMatters,
    IReadOnlyList<string> KeySkills,
    DateTime LastReviewed,
    string Url,
    string Href);

[Description("A skill with where each career path needs it.")]
public sealed record SkillDetail(SkillResource Skill, IReadOnlyList<SkillUse> NeededBy);

public sealed record SkillUse(Guid CareerId, string CareerSlug, string CareerTitle, string Level, string Importance, string Href);

[Description("A certification.")]
public sealed record CertificationResource(
    Guid Id,
    string Slug,
    string Abbreviation,
    string Name,
    string? Issuer,
    [property: Description("The slug of the level it suits, if any.")] string? Level,
    string Summary,
    string? Prerequisites,
    string? Covers,
    DateTime LastReviewed,
    string Url,
    string Href);

[Description("A tool.")]
public sealed record ToolResource(Guid Id, string Slug, string Name, string Category, string Summary, DateTime LastReviewed, string Url, string Href);

[Description("The site search's results.")]
public sealed record SearchResults(string Query, IReadOnlyList<SearchResult> Items);

public sealed record SearchResult(
    [property: Description("What was found: Career path, Certification, Tool, a skill kind or a guide.")] string Kind,
    string Title,
    string Url,
    [property: Description("Plain text around the match.")] string Snippet,
    string? Detail,
    string? DetailUrl);

[Description("Changes after a cursor, oldest first.")]
public sealed record ChangeFeed(
    IReadOnlyList<Change> Items,
    [property: Description("Pass as ?after= to read on: the cursor of the last item, or the one given when there is nothing new.")] long Next,
    [property: Description("True when more changes wait after this batch.")] bool HasMore);

[Description("One change to a public resource.")]
public sealed record Change(
    [property: Description("This change's position in the feed; only grows.")] long Cursor,
    [property: Description("career, skill, certification or tool.")] string Type,
    [property: Description("The resource's permanent id.")] Guid Id,
    string Slug,
    [property: Description("The slug before a rename.")] string? PreviousSlug,
    [property: Description("published, renamed or deleted.")] string Kind,
    DateTime RecordedAt,
    [property: Description("The resource now; null once deleted.")] string? Href);
