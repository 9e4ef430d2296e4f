using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.Extensions.Options;

namespace CareerPortal.Web.Api;

/// <summary>Absolute addresses for API answers, on <see cref="SiteOptions.BaseUrl"/> (never the
/// request's Host header), and the wording of values the rows keep as enums.</summary>
public sealed class ApiLinks(IOptions<SiteOptions> site)
{
    public const string Prefix = "/api/v1";

    public string Page(string path) => site.Value.Absolute(path);
    public string Api(string path) => site.Value.Absolute(Prefix + path);

    /// <summary>The collection's path for a change-feed type ("/careers"), the same under /api/v1 and on the site.</summary>
    public static string Collection(string type) => "/" + (type == ResourceTypes.Certification ? "certifications" : type + "s");

    public static string Kind(SkillKind kind) => Pages.SkillKinds.Slug(kind);
    public static string Importance(Importance importance) => importance.ToString().ToLowerInvariant();
    public static string Relation(RelationKind kind) => kind == RelationKind.NextStep ? "next-step" : "related";

    public static OccupationalCategory? Occupation(string? code) => code is { Length: > 0 }
        ? new OccupationalCategory(code, "O*NET-SOC", $"https://www.onetonline.org/link/summary/{Uri.EscapeDataString(code)}")
        : null;
}
