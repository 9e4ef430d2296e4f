using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPortal.Web.Areas.Admin.Pages.Skills;

public sealed class DeleteModel(CareerDb db) : PageModel
{
    public DeleteFlow<Skill> Flow => field ??= new(this, db, db.Skills, "skill", async (skill, cancellationToken) =>
        new Deletion("skill", skill.Name, skill.Version, Url.Page("Edit", new { id = skill.Id })!)
        {
            AlsoDeleted = await Deletion.LevelsAsync(db.CareerLevels.Where(l => l.Skills.Any(s => s.SkillId == skill.Id)), cancellationToken),
        });

    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => Flow.GetAsync(id, cancellationToken);

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) => Flow.PostAsync(id, null, cancellationToken);
}
