using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Advancements;

public sealed class IndexModel(CareerDb db) : AdminPage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> List { get; private set; } = null!;

    public sealed record Row(int Id, string Tier, string Career, int CareerId, List<string> Options);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var tiers = db.Advancements.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = Paging.Like(Search);
            tiers = tiers.Where(a => EF.Functions.Like(a.Tier, pattern, "\\") || EF.Functions.Like(a.Career.Title, pattern, "\\"));
        }
        List = await tiers.OrderBy(a => a.Career.Title).ThenBy(a => a.Order)
            .Select(a => new Row(a.Id, a.Tier, a.Career.Title, a.CareerId, a.Options))
            .ToPagedListAsync(PageNumber, cancellationToken);
    }
}
