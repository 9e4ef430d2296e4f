using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPortal.Web.Hosting;

/// <summary>A page answers only the methods it has handlers for (HEAD with GET). Razor Pages
/// would otherwise render a page without running any handler for TRACE, PUT or DELETE, and the
/// page's unset model threw a 500 with a stack trace in the log.</summary>
public static class PageMethods
{
    public static IServiceCollection AddPageMethodRules(this IServiceCollection services) =>
        services.Configure<RazorPagesOptions>(options => options.Conventions.ConfigureFilter(new OnlyHandledMethods()));

    /// <summary>An authorization filter so it runs before antiforgery validation (which would
    /// answer an odd method with "form expired") and before sign-in is asked for.</summary>
    private sealed class OnlyHandledMethods : IAuthorizationFilter, IOrderedFilter
    {
        public int Order => int.MinValue;

        public void OnAuthorization(AuthorizationFilterContext context)
        {
            var http = context.HttpContext;
            // The error and not-found pages are re-executed with whatever method failed.
            if (context.ActionDescriptor is not CompiledPageActionDescriptor page || page.HandlerMethods.Count == 0
                || http.Features.Get<IExceptionHandlerFeature>() is not null || http.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                return;
            }
            var method = HttpMethods.IsHead(http.Request.Method) ? HttpMethods.Get : http.Request.Method;
            if (page.HandlerMethods.Any(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase)))
            {
                return;
            }
            var allowed = page.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Distinct().ToList();
            if (allowed.Contains(HttpMethods.Get))
            {
                allowed.Add(HttpMethods.Head);
            }
            http.Response.Headers.Allow = string.Join(", ", allowed);
            // A body, so the status-code pages do not dress it up as "page not found".
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status405MethodNotAllowed,
                ContentType = "text/plain; charset=utf-8",
                Content = $"This address answers {string.Join(", ", allowed)} only.",
            };
        }
    }
}
