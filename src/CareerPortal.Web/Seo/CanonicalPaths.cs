namespace CareerPortal.Web.Seo;

/// <summary>One address per page: a GET or HEAD for a public path with a trailing slash or
/// upper-case letters is answered with a permanent redirect to the lower-case path without the
/// slash (slugs are stored lower-case), keeping the query string. Search engines then see one
/// URL per page instead of several duplicates.</summary>
public static partial class CanonicalPaths
{
    /// <summary>Not public pages, or not ours to rename: the admin area and sign-in, health
    /// probes, framework files (/_framework, /_content).</summary>
    private static readonly string[] Skipped = ["/admin", "/identity", "/health"];

    public static IApplicationBuilder UseCanonicalPaths(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && Canonical(request.Path) is { } canonical)
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = (request.PathBase + canonical).ToUriComponent() + request.QueryString.ToUriComponent();
            return;
        }
        await next(context);
    });

    /// <summary>The canonical form of <paramref name="path"/>, or null when it already is
    /// canonical or is not a page (a file, a skipped area).</summary>
    public static PathString? Canonical(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value == "/" || value.StartsWith("/_", StringComparison.Ordinal)
            || Skipped.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        // Repeated slashes collapse: "//evil.example/x/" must never become the protocol-relative
        // address "//evil.example/x" in a Location header (an open redirect).
        var trimmed = RepeatedSlashes().Replace(value, "/").TrimEnd('/');
        // Static files keep their exact name: file systems are case-sensitive.
        if (trimmed[(trimmed.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal))
        {
            return null;
        }
        var canonical = trimmed.Length == 0 ? "/" : trimmed.ToLowerInvariant();
        // Not a conditional expression: null would convert to an empty PathString through string.
        if (canonical == value)
        {
            return null;
        }
        return new PathString(canonical);
    }

    [System.Text.RegularExpressions.GeneratedRegex("/{2,}")]
    private static partial System.Text.RegularExpressions.Regex RepeatedSlashes();
}
