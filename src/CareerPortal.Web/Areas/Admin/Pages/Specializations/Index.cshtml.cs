using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Specializations;

public sealed class IndexModel(CareerDb db) : AdminPage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> List { get; private set; } = null!;

    public sealed record Row(int Id, string Name, string Slug, string Career, int CareerId);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var specializations = db.Specializations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = Paging.Like(Search);
            specializations = specializations.Where(s => EF.Functions.Like(s.Name, pattern, "\\") || EF.Functions.Like(s.Slug, pattern, "\\") || EF.Functions.Like(s.Career.Title, pattern, "\\"));
        }
        List = await specializations.OrderBy(s => s.Career.Title).ThenBy(s => s.Order)
            .Select(s => new Row(s.Id, s.Name, s.Slug, s.Career.Title, s.CareerId))
            .ToPagedListAsync(PageNumber, cancellationToken);
    }
}
