using CareerPortal.Web.Api;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CareerPortal.Web.Pages.Developers;

/// <summary>The read API explained for people: what it serves, how to call it, how to sync.</summary>
public sealed class IndexModel(IOptions<SiteOptions> site) : PageModel, IHasMeta
{
    public PageMeta? Meta { get; } = new()
    {
        Title = "Read API for developers",
        Description = "Career paths, levels, skills, certifications and tools as JSON: endpoints, curl examples, the change feed and the embeddable ladder image.",
        Path = PublicPaths.Developers,
        Breadcrumbs = [new("Home", "/")],
    };

    /// <summary>The site's public address, for examples that can be pasted as they are.</summary>
    public string BaseUrl => site.Value.BaseUrl.ToString().TrimEnd('/');
    public string Api => BaseUrl + ApiLinks.Prefix;
    public string Document => BaseUrl + ApiDocument.Path;

    public void OnGet()
    {
    }
}
