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

    /// <summary>The bottom and top of the whole ladder: no move beyond them is offered.</summary>
    public int Lowest { get; private set; }
    public int Highest { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var levels = db.Levels.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = Paging.Like(Search);
            levels = levels.Where(l => EF.Functions.Like(l.Name, pattern, "\\") || EF.Functions.Like(l.Slug, pattern, "\\"));
        }
        List = await levels.OrderBy(l => l.Order).ToPagedListAsync(PageNumber, cancellationToken);
        Lowest = await db.Levels.MinAsync(l => (int?)l.Order, cancellationToken) ?? 0;
        Highest = await db.Levels.MaxAsync(l => (int?)l.Order, cancellationToken) ?? 0;
    }

    /// <summary>Move up / move down: the level swaps places with its neighbour on the ladder.</summary>
    public async Task<IActionResult> OnPostMoveAsync(int id, string direction, CancellationToken cancellationToken)
    {
        var levels = await db.Levels.ToListAsync(cancellationToken);
        if (levels.FirstOrDefault(l => l.Id == id) is not { } level)
        {
            Notice("That level was deleted meanwhile.");
        }
        else if (Ordering.Neighbour(levels, level, l => l.Order, direction) is { } neighbour)
        {
            await Ordering.SwapAsync(db, level, neighbour, l => l.Order, (l, order) => l.Order = order, cancellationToken);
            await EvictPublicPagesAsync(cancellationToken);
            Notice($"Moved {level.Name} {(direction == Ordering.Up ? "up" : "down")} the ladder.");
        }
        return RedirectToPage("Index", new { q = Search });
    }
}
