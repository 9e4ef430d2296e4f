using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Pages.Tools;

public sealed class IndexModel(CareerDb db) : PageModel, IHasMeta
{
    public PageMeta? Meta { get; } = new()
    {
        Title = "Tools and software",
        Description = "The project, collaboration, resource and documentation tools our career paths use, grouped by what they are for.",
        Path = PublicPaths.Tools,
        Breadcrumbs = [new("Home", PublicPaths.Home)],
    };

    public IReadOnlyList<Tool> Tools { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tools = await db.Tools.AsNoTracking()
            .Include(t => t.Careers).ThenInclude(c => c.Career)
            .OrderBy(t => t.Category).ThenBy(t => t.Name)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
}
