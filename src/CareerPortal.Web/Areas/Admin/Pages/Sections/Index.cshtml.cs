using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Sections;

public sealed class IndexModel(CareerDb db) : AdminPage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> List { get; private set; } = null!;

    public sealed record Row(int Id, string Title, string Slug, string Career, string CareerSlug, int CareerId, int Order, SectionStatus Status, DateTime UpdatedAt);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var sections = db.GuideSections.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = Paging.Like(Search);
            sections = sections.Where(s => EF.Functions.Like(s.Title, pattern, "\\") || EF.Functions.Like(s.Slug, pattern, "\\") || EF.Functions.Like(s.Career.Title, pattern, "\\"));
        }
        List = await sections.OrderBy(s => s.Career.Title).ThenBy(s => s.Order)
            .Select(s => new Row(s.Id, s.Title, s.Slug, s.Career.Title, s.Career.Slug, s.CareerId, s.Order, s.Status, s.UpdatedAt))
            .ToPagedListAsync(PageNumber, cancellationToken);
    }
}
