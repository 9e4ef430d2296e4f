using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Hosting;

public static class Redirects
{
    /// <summary>A GET that found nothing is looked up in the redirect table (old slugs) and, if
    /// known, answered with a permanent redirect to where the page lives now.</summary>
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
        // Not cancelled with the request: a client hanging up during this short indexed lookup
        // would otherwise surface as an error in the log, not as the disconnect it is.
        var target = await db.Redirects.AsNoTracking().Where(r => r.FromPath == path).Select(r => r.ToPath).FirstOrDefaultAsync(CancellationToken.None);
        if (target is not null)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = target;
        }
    });
}

public static class RedirectRecords
{
    /// <summary>Records that <paramref name="from"/> now lives at <paramref name="to"/> (a renamed
    /// slug); saved with the rename. Older redirects to <paramref name="from"/> are pointed straight
    /// at <paramref name="to"/> (no chains), and one from <paramref name="to"/> is dropped because
    /// that address is live again.</summary>
    public static async Task AddRedirectAsync(this CareerDb db, string from, string to, CancellationToken cancellationToken = default)
    {
        from = from.ToLowerInvariant();
        to = to.ToLowerInvariant();
        if (from == to)
        {
            return;
        }
        var rows = await db.Redirects.Where(r => r.FromPath == from || r.FromPath == to || r.ToPath == from).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            if (row.FromPath == to)
            {
                db.Redirects.Remove(row);
            }
            else
            {
                row.ToPath = to;
            }
        }
        if (!rows.Any(r => r.FromPath == from))
        {
            db.Redirects.Add(new Redirect { FromPath = from, ToPath = to, CreatedAt = DateTime.UtcNow });
        }
    }
}
