using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Content;
using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.JobTitles;

/// <summary>Adds a job title to a career (<c>/admin/job-titles/new?careerId=</c>) or changes one.</summary>
public sealed class EditModel(CareerDb db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }

    public EditFlow<JobTitle, InputModel> Flow => field ??= new(this, db, db.JobTitles.Include(t => t.Career), InputModel.From)
    {
        Keep = (title, input) => input.CareerId = title.CareerId,
        // The page's address comes from the title's name: a rename redirects the old address.
        Addresses = title => [PublicPaths.JobTitle(title.Career.Slug, title.Slug)],
        LoadChoices = LoadChoicesAsync,
    };

    public string? CareerTitle { get; private set; }
    public IReadOnlyList<SelectListItem> Careers { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Levels { get; private set; } = [];

    public sealed class InputModel : IVersioned
    {
        [ScaffoldColumn(false)]
        public Guid Version { get; set; }

        [Display(Name = "Career"), ScaffoldColumn(false)]
        public int? CareerId { get; set; }

        [Display(Name = "Job title", Description = "As employers advertise it, such as 'IT Project Coordinator'.")]
        public string Title { get; set; } = "";

        [Display(Name = "Level", Description = "One of the levels this career has a stage at.")]
        public int? LevelId { get; set; }

        [Display(Name = "Summary", Description = "One line.")]
        public string Summary { get; set; } = "";

        [Display(Name = "Position", Description = "Orders the titles within a level, lowest first.")]
        public int Order { get; set; }

        public static InputModel From(JobTitle title) => new()
        {
            Version = title.Version, CareerId = title.CareerId, Title = title.Title, LevelId = title.LevelId, Summary = title.Summary, Order = title.Order,
        };
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(CareerDb db, int? id)
        {
            RuleFor(i => i.CareerId).NotNull().WithMessage("Choose a career.")
                .MustAsync(async (careerId, cancellationToken) => await db.Careers.AnyAsync(c => c.Id == careerId, cancellationToken))
                .WithMessage("Choose a career from the list.");
            RuleFor(i => i.Title).Text("a job title", 200)
                .MustAsync(async (input, title, cancellationToken) => !await db.JobTitles.AnyAsync(t => t.CareerId == input.CareerId && t.Title == (title ?? "").Trim() && t.Id != id, cancellationToken))
                .WithMessage("This career already has this job title.")
                .Must(title => ContentValues.SlugFrom(title ?? "").Length > 0).WithMessage("Use at least one letter or digit: the title's page address is made from it.")
                .MustAsync(async (input, title, cancellationToken) => !(await db.JobTitles.Where(t => t.CareerId == input.CareerId && t.Id != id).Select(t => t.Title).ToListAsync(cancellationToken))
                    .Any(other => other != (title ?? "").Trim() && ContentValues.SlugFrom(other) == ContentValues.SlugFrom(title ?? "")))
                .WithMessage("Another job title of this career has the same page address (they differ only in punctuation or capitals): make them differ in words.");
            RuleFor(i => i.LevelId).NotNull().WithMessage("Choose a level.")
                .MustAsync(async (input, levelId, cancellationToken) => await db.CareerLevels.AnyAsync(l => l.CareerId == input.CareerId && l.LevelId == levelId, cancellationToken))
                .WithMessage("This career has no stage at that level: add the stage under Career levels first, or choose another level.");
            RuleFor(i => i.Summary).Text("a summary", 1000);
            RuleFor(i => i.Order).InclusiveBetween(0, 10_000).WithMessage("Enter a position from 0 to 10000.");
        }
    }

    public async Task<IActionResult> OnGetAsync(int? id, int? careerId, CancellationToken cancellationToken)
    {
        (Input.CareerId, Input.Order) = (careerId, await db.JobTitles.Where(r => r.CareerId == careerId).MaxAsync(r => (int?)r.Order + 1, cancellationToken) ?? 0);
        return await Flow.GetAsync(Id = id, input => Input = input, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        // Tracked, so a new title finds its career (and its address) once added.
        await db.Careers.Where(c => c.Id == Input.CareerId).LoadAsync(cancellationToken);
        var saved = await Flow.SaveAsync(Id = id, Input, new InputValidator(db, id), () => new JobTitle { CareerId = Input.CareerId!.Value },
            title => (title.Title, title.LevelId, title.Summary, title.Order) = (Input.Title.Trim(), Input.LevelId!.Value, Input.Summary.Trim(), Input.Order), cancellationToken);
        return Flow.Result(saved, title => $"Saved the job title {title.Title}.", title => RedirectToPage("/Careers/Career", new { id = title.CareerId }));
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Careers = await Choices.CareersAsync(db, cancellationToken);
        Levels = await Choices.LevelsAsync(db, cancellationToken);
        CareerTitle = Careers.FirstOrDefault(c => c.Value == Input.CareerId?.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text;
    }
}
