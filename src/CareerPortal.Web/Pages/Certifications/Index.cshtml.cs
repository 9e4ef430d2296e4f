using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Pages.Certifications;

public sealed class IndexModel(CareerDb db) : PageModel, IHasMeta
{
    public PageMeta? Meta { get; } = new()
    {
        Title = "Certifications",
        Description = "Professional certifications for our career paths: who issues each one, what it asks of you and the career level it suits best.",
        Path = PublicPaths.Certifications,
        Breadcrumbs = [new("Home", PublicPaths.Home)],
    };

    public IReadOnlyList<Certification> Certifications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Certifications = await db.Certifications.AsNoTracking().Include(c => c.Level)
            .OrderBy(c => c.Level == null ? int.MaxValue : c.Level.Order).ThenBy(c => c.Abbreviation)
            .ToListAsync(cancellationToken);
}
