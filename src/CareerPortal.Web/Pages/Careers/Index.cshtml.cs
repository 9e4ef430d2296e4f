using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPortal.Web.Pages.Careers;

public sealed class IndexModel(CareerDb db) : PageModel, IHasMeta
{
    public PageMeta? Meta { get; } = new()
    {
        Title = "Career paths",
        Description = "Every career path on CareerPortal: full guides with levels, titles and skills, and short profiles of related careers.",
        Path = PublicPaths.Careers,
        Breadcrumbs = [new("Home", PublicPaths.Home)],
    };

    public IReadOnlyList<CareerCard> Careers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Careers = await CareerCard.ListAsync(db, cancellationToken);
}
