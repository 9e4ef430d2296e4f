using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerPortal.Web.Pages;

[IgnoreAntiforgeryToken]
[OutputCache(NoStore = true)]
public sealed class NotFoundModel : PageModel, IHasMeta
{
    public PageMeta? Meta { get; } = new()
    {
        Title = "Page not found",
        Description = "There is no page at this address. It may have moved, or the link may be mistyped.",
        Path = "/not-found",
        NoIndex = true,
    };

    public void OnGet() => Response.StatusCode = StatusCodes.Status404NotFound;
}
