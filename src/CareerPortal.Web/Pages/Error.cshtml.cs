using CareerPortal.Web.Seo;
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

    // Every method: the exception handler re-executes whatever request failed.
    public void OnGet() => Prepare();
    public void OnPost() => Prepare();

    private void Prepare()
    {
        RequestId = HttpContext.TraceIdentifier;
        Response.StatusCode = StatusCodes.Status500InternalServerError;
    }
}
