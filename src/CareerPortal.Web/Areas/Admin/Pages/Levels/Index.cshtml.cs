using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Levels;

public sealed class IndexModel(CareerDb db) : AdminPage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Level> List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var levels = db.Levels.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = Paging.Like(Search);
            levels = levels.Where(l => EF.Functions.Like(l.Name, pattern, "\\") || EF.Functions.Like(l.Slug, pattern, "\\"));
        }
        List = await levels.OrderBy(l => l.Order).ToPagedListAsync(PageNumber, cancellationToken);
    }
}
