using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerPortal.Web.Pages;

[IgnoreAntiforgeryToken]
[OutputCache(NoStore = true)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel, IHasMeta
{
    public PageMeta? Meta { get; } = new()
    {
        Title = "Something went wrong",
        Description = "The page could not be shown because of an error on our side.",
        Path = "/error",
        NoIndex = true,
    };

    public string? RequestId { get; private set; }

    /// <summary>The database is locked or down: a short wait fixes it, so say so (503, Retry-After).</summary>
    public bool Unavailable { get; private set; }

    // Every method: the exception handler re-executes whatever request failed.
    public void OnGet() => Prepare();
    public void OnPost() => Prepare();

    private void Prepare()
    {
        RequestId = HttpContext.TraceIdentifier;
        Unavailable = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error.IsDatabaseOutage() == true;
        Response.StatusCode = Unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        if (Unavailable)
        {
            Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
