namespace CareerPortal.Web.Seo;

public sealed record Crumb(string Title, string Path);

/// <summary>What the layout needs to describe a page: its title, description, canonical path,
/// breadcrumbs and whether search engines should index it. Each page fills in its own.</summary>
public sealed class PageMeta
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    /// <summary>The canonical path, lower-case and without a trailing slash ("/" for home).</summary>
    public required string Path { get; init; }
    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];
    public bool NoIndex { get; init; }
    /// <summary>Open Graph's og:type: "website", or "article" for a page of reading.</summary>
    public string OpenGraphType { get; init; } = "website";
    /// <summary>What the page is about, for search engines (schema.org, written as JSON-LD). The
    /// layout adds the breadcrumb trail and, on the home page, the web site itself.</summary>
    public IReadOnlyList<SchemaThing> StructuredData { get; init; } = [];
}

/// <summary>Implemented by page models whose layout shows <see cref="PageMeta"/>.</summary>
public interface IHasMeta
{
    PageMeta? Meta { get; }
}
