using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Pages.Certifications;

public sealed class CertificationModel(CareerDb db) : PageModel, IHasMeta
{
    public PageMeta? Meta { get; private set; }
    public Certification Certification { get; private set; } = null!;
    public IReadOnlyList<Use> Uses { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();
    public Reviewed Reviewed { get; private set; } = null!;

    /// <summary>One career level where this certification is worth pursuing.</summary>
    public sealed record Use(string CareerSlug, string CareerTitle, string LevelSlug, string LevelTitle, DateTime UpdatedAt);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var certification = await db.Certifications.AsNoTracking().Include(c => c.Level)
            .FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (certification is null)
        {
            return NotFound();
        }
        Certification = certification;
        Uses = await db.CareerLevelCertifications.AsNoTracking()
            .Where(c => c.CertificationId == certification.Id)
            .OrderBy(c => c.CareerLevel.Career.Title).ThenBy(c => c.CareerLevel.Level.Order)
            .Select(c => new Use(c.CareerLevel.Career.Slug, c.CareerLevel.Career.Title, c.CareerLevel.Level.Slug, c.CareerLevel.Title, c.CareerLevel.UpdatedAt))
            .ToListAsync(cancellationToken);
        Names = await db.Certifications.AsNoTracking().ToDictionaryAsync(c => c.Slug, c => c.Abbreviation, cancellationToken);
        var sources = await Reviewed.SourcesAsync(db, certification.SourceKeys, cancellationToken);
        Reviewed = new Reviewed(
            Reviewed.Latest([certification.UpdatedAt, .. Uses.Select(u => u.UpdatedAt), .. sources.Select(s => s.UpdatedAt)]),
            sources, certification.AsOf);
        Meta = new PageMeta
        {
            Title = Title(certification),
            Description = MetaText.Describe($"{Label(certification)}: {certification.Summary}",
                $"Who the {certification.Abbreviation} is for, who may sit it, the exam, cost, renewal and the career level it suits."),
            Path = PublicPaths.Certification(certification.Slug),
            Breadcrumbs = [new("Home", PublicPaths.Home), new("Certifications", PublicPaths.Certifications)],
            StructuredData = [Schemas.Credential(certification)],
        };
        return Page();
    }

    // Some names hold their abbreviation ("PRINCE2", "ITIL certification"): say it once.
    private static bool Named(Certification c) => c.Name.Contains(c.Abbreviation, StringComparison.OrdinalIgnoreCase);

    private static string Title(Certification c) =>
        !Named(c) ? $"{c.Abbreviation} certification: {c.Name}"
        : c.Name.EndsWith("certification", StringComparison.OrdinalIgnoreCase) ? c.Name
        : $"{c.Name} certification";

    private static string Label(Certification c) => Named(c) ? c.Name : $"{c.Name} ({c.Abbreviation})";
}
