using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Careers;

public sealed class IndexModel(CareerDb db) : AdminPage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> List { get; private set; } = null!;

    public sealed record Row(int Id, string Title, string Slug, bool IsThin, int Levels, int Sections, DateTime UpdatedAt);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var careers = db.Careers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = Paging.Like(Search);
            careers = careers.Where(c => EF.Functions.Like(c.Title, pattern, "\\") || EF.Functions.Like(c.Slug, pattern, "\\"));
        }
        List = await careers.OrderBy(c => c.Title)
            .Select(c => new Row(c.Id, c.Title, c.Slug, c.IsThin, c.Levels.Count, c.Sections.Count, c.UpdatedAt))
            .ToPagedListAsync(PageNumber, cancellationToken);
    }
}
