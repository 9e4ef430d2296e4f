using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.CareerLevels;

public sealed class IndexModel(CareerDb db) : AdminPage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> List { get; private set; } = null!;

    public sealed record Row(int Id, string Title, string Career, int CareerId, string Level, int Skills);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var levels = db.CareerLevels.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = Paging.Like(Search);
            levels = levels.Where(l => EF.Functions.Like(l.Title, pattern, "\\") || EF.Functions.Like(l.Career.Title, pattern, "\\") || EF.Functions.Like(l.Level.Name, pattern, "\\"));
        }
        List = await levels.OrderBy(l => l.Career.Title).ThenBy(l => l.Level.Order)
            .Select(l => new Row(l.Id, l.Title, l.Career.Title, l.CareerId, l.Level.Name, l.Skills.Count))
            .ToPagedListAsync(PageNumber, cancellationToken);
    }
}
