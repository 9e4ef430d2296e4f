using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Skills;

public sealed class DeleteModel(CareerDb db) : AdminPage
{
    [BindProperty]
    public Guid Version { get; set; }

    public Deletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var skill = await LoadAsync(id, cancellationToken);
        if (skill is null)
        {
            Notice("That skill was already deleted.");
            return RedirectToPage("Index");
        }
        if (Deletion.UsedBy.Count > 0)
        {
            return Page();
        }
        db.Entry(skill).Property(s => s.Version).OriginalValue = Version;
        db.Skills.Remove(skill);
        if (!await DeleteAsync(db, cancellationToken))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        Notice($"Deleted the skill {skill.Name}.");
        return RedirectToPage("Index");
    }

    private async Task<Skill?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var skill = await db.Skills.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (skill is null)
        {
            return null;
        }
        var usedBy = await db.CareerLevelSkills.AsNoTracking().Where(s => s.SkillId == id)
            .OrderBy(s => s.CareerLevel.Career.Title).ThenBy(s => s.CareerLevel.Level.Order)
            .Select(s => "the level " + s.CareerLevel.Title + " of " + s.CareerLevel.Career.Title)
            .ToListAsync(cancellationToken);
        Deletion = new Deletion("skill", skill.Name, skill.Version, Url.Page("Edit", new { id })!) { UsedBy = usedBy };
        return skill;
    }
}
