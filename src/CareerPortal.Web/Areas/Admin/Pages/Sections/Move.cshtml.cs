using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Sections;

/// <summary>Move up / move down on a career's page: the section swaps places with its neighbour
/// in that career's guide, then the editor is back on the career's page.</summary>
public sealed class MoveModel(CareerDb db) : AdminPage
{
    public string Title { get; private set; } = "";
    public int CareerId { get; private set; }
    public string CareerTitle { get; private set; } = "";
    public int Position { get; private set; }
    public int Count { get; private set; }

    /// <summary>The buttons on their own (the career's page shows them beside each section).</summary>
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var section = await db.GuideSections.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.Title, s.Order, s.CareerId, Career = s.Career.Title }).FirstOrDefaultAsync(cancellationToken);
        if (section is null)
        {
            return NotFound();
        }
        (Title, CareerId, CareerTitle) = (section.Title, section.CareerId, section.Career);
        var orders = await db.GuideSections.Where(s => s.CareerId == section.CareerId).Select(s => s.Order).ToListAsync(cancellationToken);
        (Position, Count) = (orders.Count(o => o < section.Order) + 1, orders.Count);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string direction, CancellationToken cancellationToken)
    {
        var careerId = await db.GuideSections.Where(s => s.Id == id).Select(s => (int?)s.CareerId).FirstOrDefaultAsync(cancellationToken);
        if (careerId is null)
        {
            Notice("That section was deleted meanwhile.");
            return RedirectToPage("Index");
        }
        var sections = await db.GuideSections.Where(s => s.CareerId == careerId).ToListAsync(cancellationToken);
        var section = sections.Single(s => s.Id == id);
        if (Ordering.Neighbour(sections, section, s => s.Order, direction) is { } neighbour)
        {
            await Ordering.SwapAsync(db, section, neighbour, s => s.Order, (s, order) => s.Order = order, cancellationToken);
            await EvictPublicPagesAsync(cancellationToken);
            Notice($"Moved the section {section.Title} {(direction == Ordering.Up ? "up" : "down")}.");
        }
        return RedirectToPage("/Careers/Career", null, new { id = careerId }, "sections");
    }
}
