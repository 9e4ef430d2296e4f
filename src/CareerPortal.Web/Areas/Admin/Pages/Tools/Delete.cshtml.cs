using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Tools;

public sealed class DeleteModel(CareerDb db) : AdminPage
{
    [BindProperty]
    public Guid Version { get; set; }

    public Deletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var tool = await LoadAsync(id, cancellationToken);
        if (tool is null)
        {
            Notice("That tool was already deleted.");
            return RedirectToPage("Index");
        }
        if (Deletion.UsedBy.Count > 0)
        {
            return Page();
        }
        db.Entry(tool).Property(t => t.Version).OriginalValue = Version;
        db.Tools.Remove(tool);
        if (!await DeleteAsync(db, cancellationToken))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        Notice($"Deleted the tool {tool.Name}.");
        return RedirectToPage("Index");
    }

    private async Task<Tool?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var tool = await db.Tools.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tool is null)
        {
            return null;
        }
        var usedBy = await db.CareerTools.AsNoTracking().Where(t => t.ToolId == id)
            .OrderBy(t => t.Career.Title).Select(t => "the career " + t.Career.Title).ToListAsync(cancellationToken);
        Deletion = new Deletion("tool", tool.Name, tool.Version, Url.Page("Edit", new { id })!) { UsedBy = usedBy };
        return tool;
    }
}
