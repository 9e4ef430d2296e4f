namespace CareerPortal.Web.Seo;

/// <summary>The one place that knows the shape of every public address. Pages, page metadata,
/// the sitemap, search results, JSON-LD, redirects and admin links all ask here, so a route
/// change is made once and the redirects follow it. Slugs are stored lower-case and URL-safe
/// (validated on save and import), so they are used as they are.</summary>
public static class PublicPaths
{
    public const string Home = "/";
    public const string Careers = "/careers";
    public const string Skills = "/skills";
    public const string Certifications = "/certifications";
    /// <summary>Which certification to take first, by background (a literal segment: it wins over a certification slug).</summary>
    public const string WhichCertificationFirst = Certifications + "/which-first";
    public const string Tools = "/tools";
    public const string Search = "/search";
    public const string Developers = "/developers";

    /// <summary>The site search as an address template (schema.org SearchAction).</summary>
    public const string SearchTemplate = Search + "?q={search_term_string}";

    public static string Career(string career) => $"{Careers}/{career}";

    public static string Level(string career, string level) => $"{Career(career)}/levels/{level}";

    /// <summary>A job title's page; <paramref name="title"/> is <see cref="Data.JobTitle.Slug"/>.</summary>
    public static string JobTitle(string career, string title) => $"{Career(career)}/titles/{title}";

    public static string Section(string career, string section) => $"{Career(career)}/guide/{section}";

    public static string SkillsMatrix(string career) => $"{Career(career)}/skills";

    /// <summary>The comparison of two levels; without both levels, the page with its form.</summary>
    public static string Compare(string career, string? from = null, string? to = null) =>
        from is null || to is null ? $"{Career(career)}/compare" : $"{Career(career)}/compare?from={from}&to={to}";

    /// <summary>The private skills check; <paramref name="at"/> (a level or job title slug) says where the reader starts.</summary>
    public static string SkillsCheck(string career, string? at = null) =>
        at is null ? $"{Career(career)}/skills-check" : $"{Career(career)}/skills-check?at={Uri.EscapeDataString(at)}";

    public static string Skill(string skill) => $"{Skills}/{skill}";

    public static string Certification(string certification) => $"{Certifications}/{certification}";

    /// <summary>Tools have no page of their own: each is a fragment of the tools page.</summary>
    public static string Tool(string tool) => $"{Tools}#{tool}";

    /// <summary>The parts of a career page a link may point at (<c>#ladder</c>): the page gives
    /// its sections these ids, and guide links are checked against them.</summary>
    public static readonly IReadOnlyList<string> CareerParts =
        ["ladder", "titles", "responsibilities", "skills", "certifications", "tools", "specializations", "beyond", "related", "guide", "profile"];

    /// <summary>A fragment of a career page (its ladder, its tools...).</summary>
    public static string CareerPart(string career, string fragment) => $"{Career(career)}#{fragment}";

    public static string SearchFor(string query) => $"{Search}?q={Uri.EscapeDataString(query)}";

    /// <summary>The career slug of a path under <see cref="Careers"/> and what follows it
    /// ("/careers/x/levels/y" gives ("x", "/levels/y")), or null for any other path.</summary>
    public static (string Career, string Tail)? UnderCareer(string path)
    {
        var prefix = Careers + "/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var slash = path.IndexOf('/', prefix.Length);
        var career = slash < 0 ? path[prefix.Length..] : path[prefix.Length..slash];
        return career.Length == 0 ? null : (career, slash < 0 ? "" : path[slash..]);
    }

    /// <summary>The level slug of a level path of <paramref name="career"/>, or null.</summary>
    public static string? LevelSlug(string path, string career)
    {
        var prefix = Level(career, "");
        return path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length && path.IndexOf('/', prefix.Length) < 0
            ? path[prefix.Length..]
            : null;
    }
}
