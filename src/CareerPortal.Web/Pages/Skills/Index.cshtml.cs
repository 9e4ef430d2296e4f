using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Pages.Skills;

public sealed class IndexModel(CareerDb db) : PageModel, IHasMeta
{
    public PageMeta? Meta { get; } = new()
    {
        Title = "Skills",
        Description = "The technical skills, core competencies and soft skills our career paths need, with the levels where each one starts to matter.",
        Path = PublicPaths.Skills,
        Breadcrumbs = [new("Home", PublicPaths.Home)],
    };

    public IReadOnlyList<Skill> Skills { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Skills = await db.Skills.AsNoTracking().OrderBy(s => s.Kind).ThenBy(s => s.Name).ToListAsync(cancellationToken);
}
