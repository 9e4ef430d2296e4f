namespace CareerPortal.Web.Data;

public enum ChangeKind { Published, Renamed, Deleted }

/// <summary>One public change, for the read API's change feed. <see cref="Id"/> is the feed's
/// cursor: an identity column, so it only grows, whichever instance wrote the row and whatever
/// the clocks say. Rows are written by <see cref="CareerDb"/> in the same transaction as the
/// change they record.</summary>
public class ChangeLogEntry
{
    public long Id { get; set; }
    /// <summary>One of <see cref="ResourceTypes"/>.</summary>
    public string ResourceType { get; set; } = "";
    public Guid ResourceId { get; set; }
    public string Slug { get; set; } = "";
    /// <summary>The slug before a rename.</summary>
    public string? PreviousSlug { get; set; }
    public ChangeKind Change { get; set; }
    public DateTime RecordedAt { get; set; }
}

/// <summary>The kinds of resource the read API serves, as the change feed names them.</summary>
public static class ResourceTypes
{
    public const string Career = "career";
    public const string Skill = "skill";
    public const string Certification = "certification";
    public const string Tool = "tool";

    public static string? Of(ImportedEntity entity) => entity switch
    {
        Data.Career => Career,
        Data.Skill => Skill,
        Data.Certification => Certification,
        Data.Tool => Tool,
        _ => null,
    };
}
