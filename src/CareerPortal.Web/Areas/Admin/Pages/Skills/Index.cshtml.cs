using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Skills;

public sealed class IndexModel(CareerDb db) : AdminPage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> List { get; private set; } = null!;

    public sealed record Row(int Id, string Name, string Slug, SkillKind Kind, int Uses);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var skills = db.Skills.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = Paging.Like(Search);
            skills = skills.Where(s => EF.Functions.Like(s.Name, pattern, "\\") || EF.Functions.Like(s.Slug, pattern, "\\"));
        }
        List = await skills.OrderBy(s => s.Name)
            .Select(s => new Row(s.Id, s.Name, s.Slug, s.Kind, s.CareerLevels.Count))
            .ToPagedListAsync(PageNumber, cancellationToken);
    }
}
