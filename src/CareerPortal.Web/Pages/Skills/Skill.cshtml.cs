using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Pages.Skills;

public sealed class SkillModel(CareerDb db) : PageModel, IHasMeta
{
    public PageMeta? Meta { get; private set; }
    public Skill Skill { get; private set; } = null!;
    public IReadOnlyList<Need> Needs { get; private set; } = [];

    /// <summary>One career level that needs this skill.</summary>
    public sealed record Need(string CareerSlug, string CareerTitle, string LevelSlug, string LevelTitle, int LevelOrder, Importance Importance);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var skill = await db.Skills.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        if (skill is null)
        {
            return NotFound();
        }
        Skill = skill;
        Needs = await db.CareerLevelSkills.AsNoTracking()
            .Where(s => s.SkillId == skill.Id)
            .OrderBy(s => s.CareerLevel.Career.Title).ThenBy(s => s.CareerLevel.Level.Order)
            .Select(s => new Need(s.CareerLevel.Career.Slug, s.CareerLevel.Career.Title, s.CareerLevel.Level.Slug, s.CareerLevel.Title, s.CareerLevel.Level.Order, s.Importance))
            .ToListAsync(cancellationToken);
        Meta = new PageMeta
        {
            Title = $"{skill.Name}: {SkillKinds.Name(skill.Kind).ToLowerInvariant()}",
            Description = MetaText.Describe($"{skill.Name}: {skill.Summary}",
                $"{SkillKinds.Name(skill.Kind)} in our career guides, with the career levels where it matters most."),
            Path = PublicPaths.Skill(skill.Slug),
            Breadcrumbs = [new("Home", PublicPaths.Home), new("Skills", PublicPaths.Skills)],
        };
        return Page();
    }
}
