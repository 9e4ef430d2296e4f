using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.CareerLevels;

/// <summary>Everything about one level of one career on one page (<c>/admin/career-levels/{id}/edit</c>):
/// title, years, focus, typical roles, daily work, goals, balance, the job titles at that level,
/// the skills that matter with their importance, and certifications; one save, one version check.
/// Skills are added through a short search (Find, then Add: both post the whole form, so nothing
/// typed is lost); skill-picker.js shows the matches while typing. A new stage is created at
/// <c>/admin/career-levels/new?careerId=</c>.</summary>
public sealed class EditModel(CareerDb db) : AdminPage
{
    private const int MaxMatches = 10;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>What the editor typed in the skill search.</summary>
    [BindProperty]
    public string? SkillSearch { get; set; }

    public int? Id { get; private set; }
    public string? CareerTitle { get; private set; }
    public string? CareerSlug { get; private set; }
    public string? LevelName { get; private set; }
    public string? LevelSlug { get; private set; }
    /// <summary>The catalog level's suggested years, shown beside the career's own.</summary>
    public string? DefaultYears { get; private set; }
    public IReadOnlyList<SelectListItem> Careers { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Levels { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Certifications { get; private set; } = [];
    /// <summary>Catalog skills matching <see cref="SkillSearch"/>, after Find; null before.</summary>
    public IReadOnlyList<SkillMatch>? Matches { get; private set; }

    public sealed record SkillMatch(int Id, string Name, string Kind);

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

        [Display(Name = "From years of experience", Description = "Optional: where this stage starts on this career path. Left empty on a new stage, both take the catalog level's suggestion.")]
        public int? MinYears { get; set; }

        [Display(Name = "To years of experience", Description = "Optional; leave empty for 'and more'.")]
        public int? MaxYears { get; set; }

        [Display(Name = "Focus", Description = "One sentence.")]
        public string Focus { get; set; } = "";

        [Display(Name = "Typical roles", Description = "One per line.")]
        public string? TypicalRoles { get; set; }

        [Display(Name = "Daily work", Description = "The responsibilities at this stage, one per line.")]
        public string? Responsibilities { get; set; }

        [Display(Name = "Skills focus", Description = "Optional sentence.")]
        public string? SkillsFocus { get; set; }

        [Display(Name = "Development goals", Description = "Optional; one or two sentences.")]
        public string? Goals { get; set; }

        [Display(Name = "Work-life balance", Description = "Optional sentence.")]
        public string? Balance { get; set; }

        [Display(Name = "Job titles")]
        public List<TitleRow> Titles { get; set; } = [];

        [Display(Name = "New job title", Description = "Optional: a job title to add at this level.")]
        public string? NewTitle { get; set; }

        [Display(Name = "Its summary", Description = "One line about the new job title.")]
        public string? NewTitleSummary { get; set; }

        // Declared in the form's order, which the error summary follows.
        [Display(Name = "Skills")]
        public List<SkillRow> Skills { get; set; } = [];

        [Display(Name = "Certifications")]
        public List<int> CertificationIds { get; set; } = [];

        public static InputModel From(CareerLevel level, IEnumerable<JobTitle> titles) => new()
        {
            Version = level.Version, CareerId = level.CareerId, LevelId = level.LevelId, Title = level.Title,
            MinYears = level.MinYears, MaxYears = level.MaxYears, Focus = level.Focus,
            TypicalRoles = Lines.Join(level.TypicalRoles), Responsibilities = Lines.Join(level.Responsibilities),
            SkillsFocus = level.SkillsFocus, Goals = level.Goals, Balance = level.Balance,
            CertificationIds = level.Certifications.OrderBy(c => c.Order).Select(c => c.CertificationId).ToList(),
            Skills = level.Skills.OrderByDescending(s => s.Importance).ThenBy(s => s.Order)
                .Select(s => new SkillRow { SkillId = s.SkillId, Name = s.Skill.Name, Importance = s.Importance }).ToList(),
            Titles = titles.OrderBy(t => t.Order).Select(t => new TitleRow { Id = t.Id, Version = t.Version, Title = t.Title, Summary = t.Summary }).ToList(),
        };
    }

    /// <summary>A skill of the stage; no importance (the "Remove" choice) drops it on save.</summary>
    public sealed class SkillRow
    {
        public int SkillId { get; set; }
        /// <summary>Shown only; the save reads the catalog.</summary>
        public string Name { get; set; } = "";
        public Importance? Importance { get; set; }

        public override string ToString() => $"{Name} ({Importance?.ToString() ?? "removed"})";
    }

    /// <summary>A job title at this level, edited in place.</summary>
    public sealed class TitleRow
    {
        public int Id { get; set; }
        public Guid Version { get; set; }
        [Display(Name = "Job title")]
        public string Title { get; set; } = "";
        [Display(Name = "Its summary")]
        public string Summary { get; set; } = "";
        [Display(Name = "Remove this job title on save")]
        public bool Remove { get; set; }

        public override string ToString() => Title;
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
            RuleFor(i => i.MinYears).InclusiveBetween(0, 60).WithMessage("Enter a number of years from 0 to 60.");
            RuleFor(i => i.MaxYears).InclusiveBetween(0, 60).WithMessage("Enter a number of years from 0 to 60.")
                .GreaterThan(i => i.MinYears).When(i => i.MinYears is not null && i.MaxYears is not null)
                .WithMessage("The upper number of years must be above the lower one.");
            RuleFor(i => i.Focus).Text("the focus", 1000);
            RuleFor(i => i.TypicalRoles).LineList("typical roles", length: 200);
            RuleFor(i => i.Responsibilities).LineList("daily work");
            RuleFor(i => i.SkillsFocus).Optional("the skills focus", 1000);
            RuleFor(i => i.Goals).Optional("the goals", 2000);
            RuleFor(i => i.Balance).Optional("the work-life balance", 1000);
            RuleForEach(i => i.CertificationIds)
                .MustAsync(async (certificationId, cancellationToken) => await db.Certifications.AnyAsync(c => c.Id == certificationId, cancellationToken))
                .WithMessage("A chosen certification no longer exists; choose again.");
            RuleFor(i => i.Skills).Must(skills => skills.Select(s => s.SkillId).Distinct().Count() == skills.Count)
                .WithMessage("A skill is listed twice: keep one.");
            RuleForEach(i => i.Skills).ChildRules(skill =>
            {
                skill.RuleFor(s => s.SkillId)
                    .MustAsync(async (skillId, cancellationToken) => await db.Skills.AnyAsync(s => s.Id == skillId, cancellationToken))
                    .WithMessage("A skill was deleted from the catalog meanwhile: remove it.");
                skill.RuleFor(s => s.Importance).IsInEnum().WithMessage("Choose how much the skill matters.");
            });
            RuleForEach(i => i.Titles).ChildRules(title =>
            {
                title.RuleFor(t => t.Title).Text("the job title", 200).When(t => !t.Remove);
                title.RuleFor(t => t.Summary).Optional("the job title's summary", 1000).When(t => !t.Remove);
            });
            RuleFor(i => i.NewTitle).Optional("the new job title", 200);
            RuleFor(i => i.NewTitleSummary).Optional("the new job title's summary", 1000);
            RuleFor(i => i.NewTitle)
                .MustAsync(async (input, newTitle, cancellationToken) => !await TitleTakenAsync(db, input, newTitle!.Trim(), null, cancellationToken))
                .When(i => !string.IsNullOrWhiteSpace(i.NewTitle))
                .WithMessage("This career already has a job title with this name.");
            RuleForEach(i => i.Titles).CustomAsync(async (row, context, cancellationToken) =>
            {
                if (!row.Remove && row.Title.Trim().Length > 0 && await TitleTakenAsync(db, context.InstanceToValidate, row.Title.Trim(), row.Id, cancellationToken))
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure($"{context.PropertyPath}.{nameof(TitleRow.Title)}", "This career already has a job title with this name."));
                }
            });
        }

        /// <summary>Job titles are unique within a career, whatever their level and case.</summary>
        private static async Task<bool> TitleTakenAsync(CareerDb db, InputModel input, string title, int? id, CancellationToken cancellationToken)
        {
            var inForm = input.Titles.Count(t => !t.Remove && string.Equals(t.Title.Trim(), title, StringComparison.OrdinalIgnoreCase))
                + (string.Equals(input.NewTitle?.Trim(), title, StringComparison.OrdinalIgnoreCase) ? 1 : 0);
            if (inForm > 1)
            {
                return true;
            }
            // A career has a few dozen titles at most: compared here, the same on both providers.
            var shownIds = input.Titles.Select(t => t.Id).ToList();
            var others = await db.JobTitles.AsNoTracking().Where(t => t.CareerId == input.CareerId && t.Id != id && !shownIds.Contains(t.Id))
                .Select(t => t.Title).ToListAsync(cancellationToken);
            return others.Contains(title, StringComparer.OrdinalIgnoreCase);
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
        if (await LoadStoredAsync(id.Value, cancellationToken) is not { } stored)
        {
            return NotFound();
        }
        Input = stored;
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    /// <summary>Find: lists the catalog skills matching the search, keeping everything typed.</summary>
    public async Task<IActionResult> OnPostFindSkillAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        await KeepFixedFieldsAsync(id, cancellationToken);
        Matches = await MatchesAsync(SkillSearch, Input.Skills.Select(s => s.SkillId).ToList(), cancellationToken);
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    /// <summary>Add: puts one catalog skill on the form (as Important) for the next save.</summary>
    public async Task<IActionResult> OnPostAddSkillAsync(int? id, int addSkillId, CancellationToken cancellationToken)
    {
        Id = id;
        await KeepFixedFieldsAsync(id, cancellationToken);
        var skill = await db.Skills.AsNoTracking().Where(s => s.Id == addSkillId).Select(s => new { s.Id, s.Name }).FirstOrDefaultAsync(cancellationToken);
        if (skill is null)
        {
            ModelState.AddModelError(nameof(SkillSearch), "That skill was deleted from the catalog meanwhile: search again.");
        }
        else if (Input.Skills.All(s => s.SkillId != skill.Id))
        {
            Input.Skills.Add(new SkillRow { SkillId = skill.Id, Name = skill.Name, Importance = Importance.Important });
            SkillSearch = null;
            ModelState.Remove(nameof(SkillSearch));
        }
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    /// <summary>The matches as JSON, for skill-picker.js to show while the editor types.</summary>
    public async Task<IActionResult> OnGetSkillMatchesAsync(string? q, [FromQuery] List<int>? exclude, CancellationToken cancellationToken) =>
        new JsonResult(await MatchesAsync(q, exclude ?? [], cancellationToken));

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var level = await KeepFixedFieldsAsync(id, cancellationToken);
        await LoadChoicesAsync(cancellationToken);
        if (!await ValidateAsync(new InputValidator(db, creating: id is null), Input, cancellationToken))
        {
            return Page();
        }
        if (id is null)
        {
            level = await AddStageAsync(cancellationToken);
        }
        else if (level is null)
        {
            ModelState.AddModelError("", GoneMessage);
            return Page();
        }
        Apply(level!);
        if (id is not null)
        {
            await ApplyTitlesAsync(level!, cancellationToken);
            ExpectVersion(db, level!, Input.Version);
        }
        if (!await SaveAsync(db, level!, id is null, Input, async () => id is null ? null : await LoadStoredAsync(id.Value, cancellationToken), cancellationToken))
        {
            return Page();
        }
        Notice($"Saved the career level {level!.Title}.");
        return RedirectToPage("/Careers/Career", new { id = level.CareerId });
    }

    /// <summary>Career and level are fixed once the stage exists (its address depends on them):
    /// whatever was posted, they are taken from the stored row.</summary>
    private async Task<CareerLevel?> KeepFixedFieldsAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return null;
        }
        var level = await db.CareerLevels.Include(l => l.Certifications).Include(l => l.Skills)
            .FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (level is not null)
        {
            (Input.CareerId, Input.LevelId) = (level.CareerId, level.LevelId);
        }
        return level;
    }

    private async Task<InputModel?> LoadStoredAsync(int id, CancellationToken cancellationToken)
    {
        var level = await db.CareerLevels.AsNoTracking().AsSplitQuery()
            .Include(l => l.Certifications).Include(l => l.Skills).ThenInclude(s => s.Skill)
            .FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (level is null)
        {
            return null;
        }
        var titles = await db.JobTitles.AsNoTracking().Where(t => t.CareerId == level.CareerId && t.LevelId == level.LevelId).ToListAsync(cancellationToken);
        return InputModel.From(level, titles);
    }

    /// <summary>A new stage, with the catalog's years when none were given; its address stops
    /// redirecting elsewhere.</summary>
    private async Task<CareerLevel> AddStageAsync(CancellationToken cancellationToken)
    {
        var level = db.CareerLevels.Add(new CareerLevel { CareerId = Input.CareerId!.Value, LevelId = Input.LevelId!.Value }).Entity;
        var catalog = await db.Levels.Where(l => l.Id == Input.LevelId).Select(l => new { l.Slug, l.MinYears, l.MaxYears }).SingleAsync(cancellationToken);
        if (Input.MinYears is null && Input.MaxYears is null)
        {
            (Input.MinYears, Input.MaxYears) = (catalog.MinYears, catalog.MaxYears);
        }
        var careerSlug = await db.Careers.Where(c => c.Id == Input.CareerId).Select(c => c.Slug).SingleAsync(cancellationToken);
        await db.ClaimPathAsync(PublicPaths.Level(careerSlug, catalog.Slug), cancellationToken);
        return level;
    }

    private void Apply(CareerLevel level)
    {
        (level.Title, level.MinYears, level.MaxYears, level.Focus) = (Input.Title.Trim(), Input.MinYears, Input.MaxYears, Input.Focus.Trim());
        level.TypicalRoles = Lines.Split(Input.TypicalRoles);
        level.Responsibilities = Lines.Split(Input.Responsibilities);
        level.SkillsFocus = OrNull(Input.SkillsFocus);
        level.Goals = OrNull(Input.Goals);
        level.Balance = OrNull(Input.Balance);

        level.Certifications.RemoveAll(c => !Input.CertificationIds.Contains(c.CertificationId));
        var next = level.Certifications.Count == 0 ? 0 : level.Certifications.Max(c => c.Order) + 1;
        foreach (var certificationId in Input.CertificationIds.Distinct().Where(certificationId => level.Certifications.All(c => c.CertificationId != certificationId)))
        {
            level.Certifications.Add(new CareerLevelCertification { CertificationId = certificationId, Order = next++ });
        }

        // Skills keep the form's order: the public page lists them by importance, then this order.
        var kept = Input.Skills.Where(s => s.Importance is not null).ToList();
        level.Skills.RemoveAll(s => kept.All(k => k.SkillId != s.SkillId));
        for (var order = 0; order < kept.Count; order++)
        {
            var row = kept[order];
            var skill = level.Skills.FirstOrDefault(s => s.SkillId == row.SkillId);
            if (skill is null)
            {
                level.Skills.Add(new CareerLevelSkill { SkillId = row.SkillId, Importance = row.Importance!.Value, Order = order });
            }
            else
            {
                (skill.Importance, skill.Order) = (row.Importance!.Value, order);
            }
        }
    }

    /// <summary>The job titles at this level: changed, removed or added, each checked against the
    /// version the form showed.</summary>
    private async Task ApplyTitlesAsync(CareerLevel level, CancellationToken cancellationToken)
    {
        var stored = await db.JobTitles.Where(t => t.CareerId == level.CareerId && t.LevelId == level.LevelId).ToListAsync(cancellationToken);
        foreach (var row in Input.Titles)
        {
            // A title deleted elsewhere meanwhile is left deleted; the version check below reports the rest.
            if (stored.FirstOrDefault(t => t.Id == row.Id) is not { } title)
            {
                continue;
            }
            if (row.Remove)
            {
                db.Entry(title).Property(t => t.Version).OriginalValue = row.Version;
                db.JobTitles.Remove(title);
                continue;
            }
            (title.Title, title.Summary) = (row.Title.Trim(), row.Summary.Trim());
            if (db.Entry(title).State == EntityState.Modified)
            {
                ExpectVersion(db, title, row.Version);
            }
        }
        if (!string.IsNullOrWhiteSpace(Input.NewTitle))
        {
            var order = await db.JobTitles.Where(t => t.CareerId == level.CareerId).MaxAsync(t => (int?)t.Order, cancellationToken) ?? -1;
            db.JobTitles.Add(new JobTitle
            {
                CareerId = level.CareerId, LevelId = level.LevelId, Title = Input.NewTitle.Trim(),
                Summary = Input.NewTitleSummary?.Trim() ?? "", Order = order + 1,
            });
        }
    }

    private async Task<IReadOnlyList<SkillMatch>> MatchesAsync(string? search, IReadOnlyCollection<int> exclude, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return [];
        }
        var pattern = Paging.Like(search.Trim());
        var skills = await db.Skills.AsNoTracking()
            .Where(s => !exclude.Contains(s.Id) && (EF.Functions.Like(s.Name, pattern, "\\") || EF.Functions.Like(s.Slug, pattern, "\\")))
            .OrderBy(s => s.Name).Take(MaxMatches)
            .Select(s => new { s.Id, s.Name, s.Kind })
            .ToListAsync(cancellationToken);
        return skills.Select(s => new SkillMatch(s.Id, s.Name, global::CareerPortal.Web.Pages.SkillKinds.Name(s.Kind))).ToList();
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Careers = await Choices.CareersAsync(db, cancellationToken);
        Levels = await Choices.LevelsAsync(db, cancellationToken);
        Certifications = await db.Certifications.AsNoTracking().OrderBy(c => c.Abbreviation)
            .Select(c => new SelectListItem(c.Abbreviation + ": " + c.Name, c.Id.ToString(CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);
        var career = await db.Careers.AsNoTracking().Where(c => c.Id == Input.CareerId).Select(c => new { c.Title, c.Slug }).FirstOrDefaultAsync(cancellationToken);
        (CareerTitle, CareerSlug) = (career?.Title, career?.Slug);
        var level = await db.Levels.AsNoTracking().Where(l => l.Id == Input.LevelId).FirstOrDefaultAsync(cancellationToken);
        (LevelName, LevelSlug) = (level?.Name, level?.Slug);
        DefaultYears = level is null ? null : global::CareerPortal.Web.Pages.Years.Describe(level);
        // Names are shown, not trusted from the post.
        var ids = Input.Skills.Select(s => s.SkillId).ToList();
        var names = await db.Skills.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        foreach (var row in Input.Skills)
        {
            row.Name = names.GetValueOrDefault(row.SkillId, "(deleted skill)");
        }
    }

    private static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
