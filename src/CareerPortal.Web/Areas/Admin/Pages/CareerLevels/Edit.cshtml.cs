using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Data;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.CareerLevels;

/// <summary>Adds a career path's stage at a level (<c>/admin/career-levels/new?careerId=</c>) or
/// changes one: its title, focus, typical roles, responsibilities and certifications. Its skills
/// have their own page.</summary>
public sealed class EditModel(CareerDb db) : AdminPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }
    public string? CareerTitle { get; private set; }
    public string? LevelName { get; private set; }
    public IReadOnlyList<SelectListItem> Careers { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Levels { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Certifications { get; private set; } = [];

    public sealed class InputModel : IVersioned
    {
        [ScaffoldColumn(false)]
        public Guid Version { get; set; }

        [Display(Name = "Career"), ScaffoldColumn(false)]
        public int? CareerId { get; set; }

        [Display(Name = "Level", Description = "A level of the shared ladder; each career has one stage per level."), ScaffoldColumn(false)]
        public int? LevelId { get; set; }

        [Display(Name = "Title", Description = "The stage's name on this path, such as 'Senior Project Manager'.")]
        public string Title { get; set; } = "";

        [Display(Name = "Focus", Description = "One sentence.")]
        public string Focus { get; set; } = "";

        [Display(Name = "Typical roles", Description = "One per line.")]
        public string? TypicalRoles { get; set; }

        [Display(Name = "Responsibilities", Description = "The daily work at this stage, one per line.")]
        public string? Responsibilities { get; set; }

        [Display(Name = "Skills focus", Description = "Optional sentence.")]
        public string? SkillsFocus { get; set; }

        [Display(Name = "Development goals", Description = "Optional; one or two sentences.")]
        public string? Goals { get; set; }

        [Display(Name = "Work-life balance", Description = "Optional sentence.")]
        public string? Balance { get; set; }

        [ScaffoldColumn(false)]
        public List<int> CertificationIds { get; set; } = [];

        public static InputModel From(CareerLevel level) => new()
        {
            Version = level.Version, CareerId = level.CareerId, LevelId = level.LevelId, Title = level.Title, Focus = level.Focus,
            TypicalRoles = Lines.Join(level.TypicalRoles), Responsibilities = Lines.Join(level.Responsibilities),
            SkillsFocus = level.SkillsFocus, Goals = level.Goals, Balance = level.Balance,
            CertificationIds = level.Certifications.OrderBy(c => c.Order).Select(c => c.CertificationId).ToList(),
        };
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(CareerDb db, bool creating)
        {
            When(_ => creating, () =>
            {
                RuleFor(i => i.CareerId).NotNull().WithMessage("Choose a career.")
                    .MustAsync(async (careerId, cancellationToken) => await db.Careers.AnyAsync(c => c.Id == careerId, cancellationToken))
                    .WithMessage("Choose a career from the list.");
                RuleFor(i => i.LevelId).NotNull().WithMessage("Choose a level.")
                    .MustAsync(async (levelId, cancellationToken) => await db.Levels.AnyAsync(l => l.Id == levelId, cancellationToken))
                    .WithMessage("Choose a level from the list.")
                    .MustAsync(async (input, levelId, cancellationToken) => !await db.CareerLevels.AnyAsync(l => l.CareerId == input.CareerId && l.LevelId == levelId, cancellationToken))
                    .WithMessage("This career already has a stage at this level: edit that one.");
            });
            RuleFor(i => i.Title).Text("a title", 200);
            RuleFor(i => i.Focus).Text("the focus", 1000);
            RuleFor(i => i.TypicalRoles).LineList("typical roles", length: 200);
            RuleFor(i => i.Responsibilities).LineList("responsibilities");
            RuleFor(i => i.SkillsFocus).Optional("the skills focus", 1000);
            RuleFor(i => i.Goals).Optional("the goals", 2000);
            RuleFor(i => i.Balance).Optional("the work-life balance", 1000);
            RuleForEach(i => i.CertificationIds)
                .MustAsync(async (certificationId, cancellationToken) => await db.Certifications.AnyAsync(c => c.Id == certificationId, cancellationToken))
                .WithMessage("A chosen certification no longer exists; choose again.");
        }
    }

    public async Task<IActionResult> OnGetAsync(int? id, int? careerId, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is null)
        {
            Input.CareerId = careerId;
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }
        var level = await db.CareerLevels.AsNoTracking().Include(l => l.Certifications).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (level is null)
        {
            return NotFound();
        }
        Input = InputModel.From(level);
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        CareerLevel? level = null;
        if (id is not null)
        {
            level = await db.CareerLevels.Include(l => l.Certifications).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
            // Career and level are fixed once the stage exists: its address depends on them.
            (Input.CareerId, Input.LevelId) = level is null ? (Input.CareerId, Input.LevelId) : (level.CareerId, level.LevelId);
        }
        await LoadChoicesAsync(cancellationToken);
        if (!await ValidateAsync(new InputValidator(db, creating: id is null), Input, cancellationToken))
        {
            return Page();
        }
        if (id is null)
        {
            level = db.CareerLevels.Add(new CareerLevel { CareerId = Input.CareerId!.Value, LevelId = Input.LevelId!.Value }).Entity;
        }
        else if (level is null)
        {
            ModelState.AddModelError("", GoneMessage);
            return Page();
        }
        Apply(level!);
        if (id is not null)
        {
            ExpectVersion(db, level!, Input.Version);
        }
        if (!await SaveAsync(db, Input, async () => await db.CareerLevels.AsNoTracking().Include(l => l.Certifications).Where(l => l.Id == id).Select(l => InputModel.From(l)).FirstOrDefaultAsync(cancellationToken), cancellationToken))
        {
            return Page();
        }
        Notice($"Saved the career level {level!.Title}.");
        return RedirectToPage("/Careers/Career", new { id = level.CareerId });
    }

    private void Apply(CareerLevel level)
    {
        (level.Title, level.Focus) = (Input.Title.Trim(), Input.Focus.Trim());
        level.TypicalRoles = Lines.Split(Input.TypicalRoles);
        level.Responsibilities = Lines.Split(Input.Responsibilities);
        level.SkillsFocus = string.IsNullOrWhiteSpace(Input.SkillsFocus) ? null : Input.SkillsFocus.Trim();
        level.Goals = string.IsNullOrWhiteSpace(Input.Goals) ? null : Input.Goals.Trim();
        level.Balance = string.IsNullOrWhiteSpace(Input.Balance) ? null : Input.Balance.Trim();
        level.Certifications.RemoveAll(c => !Input.CertificationIds.Contains(c.CertificationId));
        var next = level.Certifications.Count == 0 ? 0 : level.Certifications.Max(c => c.Order) + 1;
        foreach (var certificationId in Input.CertificationIds.Distinct().Where(certificationId => level.Certifications.All(c => c.CertificationId != certificationId)))
        {
            level.Certifications.Add(new CareerLevelCertification { CertificationId = certificationId, Order = next++ });
        }
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Careers = await Choices.CareersAsync(db, cancellationToken);
        Levels = await Choices.LevelsAsync(db, cancellationToken);
        Certifications = await db.Certifications.AsNoTracking().OrderBy(c => c.Abbreviation)
            .Select(c => new SelectListItem(c.Abbreviation + ": " + c.Name, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);
        CareerTitle = Careers.FirstOrDefault(c => c.Value == Input.CareerId?.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text;
        LevelName = Levels.FirstOrDefault(l => l.Value == Input.LevelId?.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text;
    }
}
