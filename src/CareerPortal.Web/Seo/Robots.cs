namespace CareerPortal.Web.Seo;

/// <summary>/robots.txt (RFC 9309): crawl the public site, not the admin area or search results,
/// and find every page in the sitemap.</summary>
public static class Robots
{
    public static string Text(SiteOptions site) => $"""
        User-agent: *
        Allow: /
        Disallow: /admin
        Disallow: /search

        Sitemap: {site.Absolute("/sitemap.xml")}

        """;
}
