using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPortal.Web.Pages.Search;

/// <summary>/search?q=...: never indexed, cached briefly per query.</summary>
public sealed class IndexModel(CareerDb db) : PageModel, IHasMeta
{
    public PageMeta? Meta { get; private set; }
    public SearchQuery Query { get; private set; } = SearchQuery.Parse(null);
    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];
    /// <summary>True when what was typed was longer than the search reads.</summary>
    public bool Truncated { get; private set; }
    public IReadOnlyList<CareerCard> Careers { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = SearchQuery.Parse(q);
        Truncated = q is not null && q.Trim().Length > SearchQuery.MaxLength;
        Hits = await SiteSearch.RunAsync(db, Query, cancellationToken);
        if (Hits.Count == 0)
        {
            Careers = await CareerCard.ListAsync(db, cancellationToken);
        }
        Meta = new PageMeta
        {
            Title = Query.IsEmpty ? "Search" : $"Search results for “{Query.Text}”",
            Description = "Search the career paths, job titles, skills, certifications, tools and guides on CareerPortal.",
            Path = PublicPaths.Search,
            NoIndex = true,
        };
    }
}
