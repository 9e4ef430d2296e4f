using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Certifications;

public sealed class IndexModel(CareerDb db) : AdminPage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> List { get; private set; } = null!;

    public sealed record Row(int Id, string Abbreviation, string Name, string Slug, string? Level, int Uses);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var certifications = db.Certifications.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = Paging.Like(Search);
            certifications = certifications.Where(c => EF.Functions.Like(c.Name, pattern, "\\") || EF.Functions.Like(c.Abbreviation, pattern, "\\")
                || EF.Functions.Like(c.Slug, pattern, "\\") || EF.Functions.Like(c.Issuer!, pattern, "\\"));
        }
        List = await certifications.OrderBy(c => c.Abbreviation)
            .Select(c => new Row(c.Id, c.Abbreviation, c.Name, c.Slug, c.Level == null ? null : c.Level.Name, c.CareerLevels.Count))
            .ToPagedListAsync(PageNumber, cancellationToken);
    }
}
