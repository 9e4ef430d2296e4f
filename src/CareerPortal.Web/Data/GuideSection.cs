namespace CareerPortal.Web.Data;

public enum SectionStatus { Draft, Published }

/// <summary>A Markdown section of a career guide. <see cref="Html"/> is rendered and sanitized when
/// the section is saved or imported, so a public request never parses Markdown.</summary>
public class GuideSection : ImportedEntity
{
    public int CareerId { get; set; }
    public Career Career { get; set; } = null!;
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public int Order { get; set; }
    public SectionStatus Status { get; set; }
    public string Markdown { get; set; } = "";
    public string Html { get; set; } = "";
}

/// <summary>An old public path that now lives elsewhere (a renamed slug): answered with a 301.</summary>
public class Redirect
{
    public int Id { get; set; }
    public string FromPath { get; set; } = "";
    public string ToPath { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
