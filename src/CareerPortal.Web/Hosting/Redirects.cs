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
        var target = await db.Redirects.AsNoTracking().Where(r => r.FromPath == path).Select(r => r.ToPath).FirstOrDefaultAsync(context.RequestAborted);
        if (target is not null)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = target;
        }
    });
}
