using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Pages.Careers;

public sealed class SectionModel(CareerDb db) : PageModel, IHasMeta
{
    public PageMeta? Meta { get; private set; }
    public GuideSection Section { get; private set; } = null!;
    public IReadOnlyList<SectionLink> Guide { get; private set; } = [];

    public sealed record SectionLink(string Slug, string Title);

    public async Task<IActionResult> OnGetAsync(string slug, string section, CancellationToken cancellationToken)
    {
        var found = await db.GuideSections.AsNoTracking().Include(s => s.Career)
            .FirstOrDefaultAsync(s => s.Career.Slug == slug && s.Slug == section && s.Status == SectionStatus.Published, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }
        Section = found;
        Guide = await db.GuideSections.AsNoTracking()
            .Where(s => s.CareerId == found.CareerId && s.Status == SectionStatus.Published)
            .OrderBy(s => s.Order)
            .Select(s => new SectionLink(s.Slug, s.Title))
            .ToListAsync(cancellationToken);
        Meta = new PageMeta
        {
            Title = $"{found.Title}: {found.Career.Title}",
            Description = MetaText.Describe(found.Description, $"A chapter of the {found.Career.Title} career guide, from first job to the top of the ladder."),
            Path = PublicPaths.Section(slug, section),
            Breadcrumbs = [new("Home", PublicPaths.Home), new("Careers", PublicPaths.Careers), new(found.Career.Title, PublicPaths.Career(slug))],
            OpenGraphType = "article",
        };
        return Page();
    }

    public SectionLink? Previous => Neighbour(-1);
    public SectionLink? Next => Neighbour(1);

    private SectionLink? Neighbour(int step)
    {
        var index = Guide.ToList().FindIndex(s => s.Slug == Section.Slug) + step;
        return index >= 0 && index < Guide.Count ? Guide[index] : null;
    }
}
