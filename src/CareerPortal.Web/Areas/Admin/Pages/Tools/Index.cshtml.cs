using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Tools;

public sealed class IndexModel(CareerDb db) : AdminPage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> List { get; private set; } = null!;

    public sealed record Row(int Id, string Name, string Slug, string Category, int Uses);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var tools = db.Tools.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = Paging.Like(Search);
            tools = tools.Where(t => EF.Functions.Like(t.Name, pattern, "\\") || EF.Functions.Like(t.Slug, pattern, "\\") || EF.Functions.Like(t.Category, pattern, "\\"));
        }
        List = await tools.OrderBy(t => t.Category).ThenBy(t => t.Name)
            .Select(t => new Row(t.Id, t.Name, t.Slug, t.Category, t.Careers.Count))
            .ToPagedListAsync(PageNumber, cancellationToken);
    }
}
