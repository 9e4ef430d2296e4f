using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Tools;

public sealed class DeleteModel(CareerDb db) : PageModel
{
    public DeleteFlow<Tool> Flow => field ??= new(this, db, db.Tools, "tool", async (tool, cancellationToken) =>
        new Deletion("tool", tool.Name, tool.Version, Url.Page("Edit", new { id = tool.Id })!)
        {
            AlsoDeleted = await db.CareerTools.AsNoTracking().Where(t => t.ToolId == tool.Id)
                .OrderBy(t => t.Career.Title).Select(t => "its place in the career " + t.Career.Title).ToListAsync(cancellationToken),
        });

    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => Flow.GetAsync(id, cancellationToken);

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) => Flow.PostAsync(id, null, cancellationToken);
}
