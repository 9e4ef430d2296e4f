using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Pages;

public sealed class IndexModel(CareerDb db) : PageModel, IHasMeta
{
    public PageMeta? Meta { get; } = new()
    {
        Title = "CareerPortal: career paths, skills and certifications",
        Description = "Career guides that show each step from first job to executive, the skills and certifications each level needs, and how to get in.",
        Path = "/",
    };

    public IReadOnlyList<CareerCard> Guides { get; private set; } = [];
    public IReadOnlyList<CareerCard> Profiles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var careers = await CareerCard.ListAsync(db, cancellationToken);
        Guides = careers.Where(c => !c.IsThin).ToList();
        Profiles = careers.Where(c => c.IsThin).ToList();
    }
}

public sealed record CareerCard(string Slug, string Title, string Summary, bool IsThin, int Levels, int Titles)
{
    public static Task<List<CareerCard>> ListAsync(CareerDb db, CancellationToken cancellationToken) =>
        db.Careers.AsNoTracking()
            .OrderBy(c => c.Title)
            .Select(c => new CareerCard(c.Slug, c.Title, c.Summary, c.IsThin, c.Levels.Count, c.JobTitles.Count))
            .ToListAsync(cancellationToken);
}
