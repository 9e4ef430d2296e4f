using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Data;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.CareerLevels;

/// <summary>Which skills a career level needs, and how much: one row per skill of the catalog.</summary>
public sealed class SkillsModel(CareerDb db) : AdminPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public CareerLevel Level { get; private set; } = null!;
    public IReadOnlyDictionary<int, Skill> Catalog { get; private set; } = new Dictionary<int, Skill>();

    public sealed class InputModel : IVersioned
    {
        [ScaffoldColumn(false)]
        public Guid Version { get; set; }

        [Display(Name = "Skills needed")]
        public List<SkillRow> Skills { get; set; } = [];
    }

    public sealed class SkillRow
    {
        public int SkillId { get; set; }
        public Importance? Importance { get; set; }

        [ScaffoldColumn(false)]
        public string Name { get; set; } = "";

        public override string ToString() => $"{Name}: {Importance?.ToString().ToLowerInvariant()}";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IReadOnlyDictionary<int, Skill> catalog)
        {
            RuleForEach(i => i.Skills).ChildRules(row =>
            {
                row.RuleFor(r => r.SkillId).Must(catalog.ContainsKey).WithMessage("A skill in the list no longer exists; reload the page.");
                row.RuleFor(r => r.Importance).IsInEnum().WithMessage("Choose how much the skill matters.");
            });
        }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: false, cancellationToken))
        {
            return NotFound();
        }
        Input = new InputModel { Version = Level.Version, Skills = Rows(Level) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken))
        {
            return NotFound();
        }
        foreach (var row in Input.Skills)
        {
            row.Name = Catalog.TryGetValue(row.SkillId, out var skill) ? skill.Name : "";
        }
        if (!await ValidateAsync(new InputValidator(Catalog), Input, cancellationToken))
        {
            return Page();
        }
        var wanted = Input.Skills.Where(r => r.Importance is not null).GroupBy(r => r.SkillId).ToDictionary(g => g.Key, g => g.First().Importance!.Value);
        Level.Skills.RemoveAll(s => !wanted.ContainsKey(s.SkillId));
        foreach (var skill in Level.Skills)
        {
            skill.Importance = wanted[skill.SkillId];
        }
        var next = Level.Skills.Count == 0 ? 0 : Level.Skills.Max(s => s.Order) + 1;
        foreach (var (skillId, importance) in wanted.Where(w => Level.Skills.All(s => s.SkillId != w.Key)))
        {
            Level.Skills.Add(new CareerLevelSkill { SkillId = skillId, Importance = importance, Order = next++ });
        }
        ExpectVersion(db, Level, Input.Version);
        if (!await SaveAsync(db, Input, () => TheirsAsync(id, cancellationToken), cancellationToken))
        {
            return Page();
        }
        Notice($"Saved the skills of {Level.Title}.");
        return RedirectToPage("/Careers/Career", new { id = Level.CareerId });
    }

    /// <summary>Every skill of the catalog, by kind and name, with this level's importance when it has one.</summary>
    private List<SkillRow> Rows(CareerLevel level) => Catalog.Values
        .OrderBy(s => s.Kind).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
        .Select(s => new SkillRow { SkillId = s.Id, Name = s.Name, Importance = level.Skills.FirstOrDefault(l => l.SkillId == s.Id)?.Importance })
        .ToList();

    private async Task<InputModel?> TheirsAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: false, cancellationToken))
        {
            return null;
        }
        return new InputModel { Version = Level.Version, Skills = Rows(Level).Where(r => r.Importance is not null).ToList() };
    }

    private async Task<bool> LoadAsync(int id, bool tracked, CancellationToken cancellationToken)
    {
        var levels = tracked ? db.CareerLevels : db.CareerLevels.AsNoTracking();
        var level = await levels.Include(l => l.Career).Include(l => l.Level).Include(l => l.Skills).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (level is null)
        {
            return false;
        }
        Level = level;
        Catalog = await db.Skills.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        return true;
    }
}
