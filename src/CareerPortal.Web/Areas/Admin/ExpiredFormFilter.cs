using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CareerPortal.Web.Areas.Admin;

/// <summary>A form whose antiforgery token no longer validates (signed out meanwhile, opened in
/// another session) is refused, as it must be; this says so in words instead of the bare 400,
/// which the site's status pages would otherwise show as "Page not found".</summary>
public sealed class ExpiredFormFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            context.Result = new ContentResult { StatusCode = StatusCodes.Status400BadRequest, ContentType = "text/html; charset=utf-8", Content = Page };
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>This form has expired | CareerPortal admin</title>
            <link rel="icon" href="/favicon.svg" type="image/svg+xml">
            <link rel="stylesheet" href="/site.css">
            <link rel="stylesheet" href="/admin.css">
        </head>
        <body>
            <main id="main" class="wrap">
                <h1>This form has expired</h1>
                <p class="lead">Nothing was saved: the form was opened in a session that has ended (you signed out or in again, or it was opened long ago).</p>
                <p>Use your browser's Back button: what you typed is usually still there. Copy it, reload the page, paste it back and save again.</p>
                <p><a href="/admin">Go to the admin overview</a></p>
            </main>
        </body>
        </html>
        """;
}
