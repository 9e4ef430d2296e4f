using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Seo;

/// <summary>Old public addresses (renamed slugs, the <see cref="Redirect"/> table) answered with a
/// permanent redirect to where the page lives now.</summary>
public static class Redirects
{
    /// <summary>A GET that found nothing is looked up among the old addresses and, if known,
    /// answered with a redirect to where the page lives now (its query string kept).</summary>
    public static IApplicationBuilder UseRedirects(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        if (context.Response.StatusCode != StatusCodes.Status404NotFound || context.Response.HasStarted
            || !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }
        var path = context.Request.Path.Value?.TrimEnd('/').ToLowerInvariant() ?? "";
        var db = context.RequestServices.GetRequiredService<CareerDb>();
        // Not cancelled with the request: a client hanging up during these short indexed lookups
        // would otherwise surface as an error in the log, not as the disconnect it is.
        if (await db.MovedToAsync(path, CancellationToken.None) is not { } target)
        {
            return;
        }
        var query = context.Request.Query;
        if (PublicPaths.UnderCareer(target) is { Tail: "/compare" } compare && PublicPaths.UnderCareer(path) is { } asked)
        {
            // The compared levels are slugs too: follow their renames in the same answer.
            var from = await db.MovedLevelAsync(asked.Career, query["from"].ToString(), CancellationToken.None);
            var to = await db.MovedLevelAsync(asked.Career, query["to"].ToString(), CancellationToken.None);
            context.Response.Clear();
            Moved(context.Response, from.Length > 0 && to.Length > 0 ? PublicPaths.Compare(compare.Career, from, to) : target + context.Request.QueryString);
            return;
        }
        context.Response.Clear();
        Moved(context.Response, target + context.Request.QueryString);
    });

    /// <summary>A 301 (permanent, for search engines) that browsers must check again before
    /// reusing: a browser that followed a rename then still finds the page after a rename back,
    /// rather than looping between two cached redirects.</summary>
    public static void Moved(HttpResponse response, string location)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = StatusCodes.Status301MovedPermanently;
        response.Headers.Location = location;
        response.Headers.CacheControl = "no-cache";
    }

    /// <summary>Where an old path lives now, or null. A path under a renamed career
    /// ("/careers/old/skills", "/careers/old/compare") follows the career's rename, then any
    /// rename of the page itself under the new slug.</summary>
    public static async Task<string?> MovedToAsync(this CareerDb db, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await TargetAsync(db, path, cancellationToken) is { } target)
        {
            return target == path ? null : target;
        }
        if (PublicPaths.UnderCareer(path) is not { Tail.Length: > 0 } under
            || await db.Careers.AnyAsync(c => c.Slug == under.Career, cancellationToken)
            || await TargetAsync(db, PublicPaths.Career(under.Career), cancellationToken) is not { } careerTarget
            || PublicPaths.UnderCareer(careerTarget) is not { Tail: "" } moved)
        {
            return null;
        }
        var renamed = PublicPaths.Career(moved.Career) + under.Tail;
        return await TargetAsync(db, renamed, cancellationToken) ?? renamed;
    }

    /// <summary>The slug a level of <paramref name="career"/> has now, following renames of the
    /// level and of the career: itself when it is not an old slug (or when empty).</summary>
    public static async Task<string> MovedLevelAsync(this CareerDb db, string career, string level, CancellationToken cancellationToken)
    {
        level = level.Trim().ToLowerInvariant();
        if (level.Length == 0 || level.Contains('/', StringComparison.Ordinal))
        {
            return level;
        }
        return await db.MovedToAsync(PublicPaths.Level(career, level), cancellationToken) is { } target
            && PublicPaths.UnderCareer(target) is { } moved && PublicPaths.LevelSlug(target, moved.Career) is { } slug ? slug : level;
    }

    private static Task<string?> TargetAsync(CareerDb db, string path, CancellationToken cancellationToken) =>
        db.Redirects.AsNoTracking().Where(r => r.FromPath == path).Select(r => r.ToPath).FirstOrDefaultAsync(cancellationToken);
}

/// <summary>Keeping the redirect table true when editors rename or create pages, in the same save.</summary>
public static class RedirectRecords
{
    /// <summary>Records that <paramref name="from"/> now lives at <paramref name="to"/> (a renamed
    /// slug). Chains collapse: older redirects to <paramref name="from"/>, or to a page under it
    /// (a renamed career's levels and guide), are pointed straight at the new address. The new
    /// address is live, so a redirect away from it is dropped.</summary>
    public static async Task AddRedirectAsync(this CareerDb db, string from, string to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        from = from.ToLowerInvariant();
        to = to.ToLowerInvariant();
        if (from == to)
        {
            return;
        }
        var under = from + "/";
        var rows = await db.Redirects
            .Where(r => r.FromPath == from || r.FromPath == to || r.ToPath == from || r.ToPath.StartsWith(under))
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            if (row.ToPath == from)
            {
                row.ToPath = to;
            }
            else if (row.ToPath.StartsWith(under, StringComparison.Ordinal))
            {
                row.ToPath = to + row.ToPath[from.Length..];
            }
            else if (row.FromPath == from)
            {
                row.ToPath = to;
            }
            // A row that now points at itself (a rename back) would loop once its page is gone.
            if (row.FromPath == to || row.FromPath == row.ToPath)
            {
                db.Redirects.Remove(row);
            }
        }
        if (!rows.Any(r => r.FromPath == from))
        {
            db.Redirects.Add(new Redirect { FromPath = from, ToPath = to, CreatedAt = DateTime.UtcNow });
        }
    }

    /// <summary>A page was created at <paramref name="path"/>: it stops redirecting elsewhere.</summary>
    public static async Task ClaimPathAsync(this CareerDb db, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        path = path.ToLowerInvariant();
        db.Redirects.RemoveRange(await db.Redirects.Where(r => r.FromPath == path).ToListAsync(cancellationToken));
    }
}
