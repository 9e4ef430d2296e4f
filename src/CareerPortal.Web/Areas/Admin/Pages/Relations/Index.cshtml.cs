using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Relations;

public sealed class IndexModel(CareerDb db) : AdminPage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> List { get; private set; } = null!;

    public sealed record Row(int Id, string Career, int CareerId, string Related, RelationKind Kind);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var relations = db.CareerRelations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = Paging.Like(Search);
            relations = relations.Where(r => EF.Functions.Like(r.Career.Title, pattern, "\\") || EF.Functions.Like(r.RelatedCareer.Title, pattern, "\\") || EF.Functions.Like(r.Note, pattern, "\\"));
        }
        List = await relations.OrderBy(r => r.Career.Title).ThenBy(r => r.Order)
            .Select(r => new Row(r.Id, r.Career.Title, r.CareerId, r.RelatedCareer.Title, r.Kind))
            .ToPagedListAsync(PageNumber, cancellationToken);
    }
}
