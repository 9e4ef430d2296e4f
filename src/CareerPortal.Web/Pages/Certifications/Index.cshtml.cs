using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Pages.Certifications;

/// <summary>All certifications, compared in one table.</summary>
public sealed class IndexModel(CareerDb db) : PageModel, IHasMeta
{
    public PageMeta? Meta { get; } = new()
    {
        Title = "Certifications compared",
        Description = "Project management certifications side by side: who each is for, eligibility, exam, cost, renewal and the official page.",
        Path = PublicPaths.Certifications,
        Breadcrumbs = [new("Home", PublicPaths.Home)],
    };

    public IReadOnlyList<Certification> Certifications { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();
    public Reviewed Reviewed { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Certifications = await db.Certifications.AsNoTracking().Include(c => c.Level)
            .OrderBy(c => c.Level == null ? int.MaxValue : c.Level.Order).ThenBy(c => c.Abbreviation)
            .ToListAsync(cancellationToken);
        Names = Web.Certifications.Eligibility.Names(Certifications);
        var sources = await Reviewed.SourcesAsync(db, Certifications.SelectMany(c => c.SourceKeys).ToList(), cancellationToken);
        Reviewed = new Reviewed(
            Reviewed.Latest([.. Certifications.Select(c => c.UpdatedAt), .. Certifications.Select(c => c.Level?.UpdatedAt ?? DateTime.MinValue), .. sources.Select(s => s.UpdatedAt)]),
            sources, Certifications.Max(c => c.AsOf));
    }
}
