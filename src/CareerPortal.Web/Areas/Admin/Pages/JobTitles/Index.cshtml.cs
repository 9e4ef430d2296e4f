using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.JobTitles;

public sealed class IndexModel(CareerDb db) : AdminPage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> List { get; private set; } = null!;

    public sealed record Row(int Id, string Title, string Career, int CareerId, string Level);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var titles = db.JobTitles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = Paging.Like(Search);
            titles = titles.Where(t => EF.Functions.Like(t.Title, pattern, "\\") || EF.Functions.Like(t.Career.Title, pattern, "\\"));
        }
        List = await titles.OrderBy(t => t.Career.Title).ThenBy(t => t.Level.Order).ThenBy(t => t.Order)
            .Select(t => new Row(t.Id, t.Title, t.Career.Title, t.CareerId, t.Level.Name))
            .ToPagedListAsync(PageNumber, cancellationToken);
    }
}
