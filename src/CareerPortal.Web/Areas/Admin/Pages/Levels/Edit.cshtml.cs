using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Levels;

/// <summary>Creates a level of the shared ladder (<c>/admin/levels/new</c>) or changes one.</summary>
public sealed class EditModel(CareerDb db) : AdminPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }

    public sealed class InputModel : IVersioned
    {
        [ScaffoldColumn(false)]
        public Guid Version { get; set; }

        [Display(Name = "Name", Description = "Such as 'Mid level'.")]
        public string Name { get; set; } = "";

        [SlugFrom(nameof(Name))]

        [Display(Name = "Slug", Description = "Used in addresses: /careers/career/levels/slug. Changing it keeps the old addresses working (they redirect).")]
        public string Slug { get; set; } = "";

        [Display(Name = "Order", Description = "The position on the ladder, from 1 at the bottom; no two levels share one.")]
        public int Order { get; set; }

        [Display(Name = "From years of experience", Description = "Optional.")]
        public int? MinYears { get; set; }

        [Display(Name = "To years of experience", Description = "Optional; leave empty for 'and more'.")]
        public int? MaxYears { get; set; }

        [Display(Name = "Summary", Description = "One sentence about this stage of any career.")]
        public string Summary { get; set; } = "";

        public static InputModel From(Level level) => new()
        {
            Version = level.Version, Name = level.Name, Slug = level.Slug, Order = level.Order,
            MinYears = level.MinYears, MaxYears = level.MaxYears, Summary = level.Summary,
        };

        public void ApplyTo(Level level) =>
            (level.Name, level.Slug, level.Order, level.MinYears, level.MaxYears, level.Summary) = (Name.Trim(), Slug.Trim(), Order, MinYears, MaxYears, Summary.Trim());
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(CareerDb db, int? id)
        {
            RuleFor(i => i.Name).Text("a name", 200);
            RuleFor(i => i.Slug).Slug()
                .MustAsync(async (slug, cancellationToken) => !await db.Levels.AnyAsync(l => l.Slug == slug && l.Id != id, cancellationToken))
                .WithMessage("Another level already has this slug.");
            RuleFor(i => i.Order).InclusiveBetween(1, 1000).WithMessage("Enter a position from 1 to 1000.")
                .MustAsync(async (order, cancellationToken) => !await db.Levels.AnyAsync(l => l.Order == order && l.Id != id, cancellationToken))
                .WithMessage("Another level already has this position: give this one a free number.");
            RuleFor(i => i.MinYears).InclusiveBetween(0, 60).WithMessage("Enter a number of years from 0 to 60.");
            RuleFor(i => i.MaxYears).InclusiveBetween(0, 60).WithMessage("Enter a number of years from 0 to 60.")
                .GreaterThan(i => i.MinYears).When(i => i.MinYears is not null && i.MaxYears is not null)
                .WithMessage("The upper number of years must be above the lower one.");
            RuleFor(i => i.Summary).Text("a summary", 1000);
        }
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is null)
        {
            Input.Order = (await db.Levels.MaxAsync(l => (int?)l.Order, cancellationToken) ?? 0) + 1;
            return Page();
        }
        var level = await db.Levels.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (level is null)
        {
            return NotFound();
        }
        Input = InputModel.From(level);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (!await ValidateAsync(new InputValidator(db, id), Input, cancellationToken))
        {
            return Page();
        }
        var level = id is null ? db.Levels.Add(new Level()).Entity : await db.Levels.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (level is null)
        {
            ModelState.AddModelError("", GoneMessage);
            return Page();
        }
        var oldSlug = level.Slug;
        Input.ApplyTo(level);
        if (id is not null)
        {
            ExpectVersion(db, level, Input.Version);
            var careers = await db.CareerLevels.Where(l => l.LevelId == id).Select(l => l.Career.Slug).ToListAsync(cancellationToken);
            foreach (var career in careers)
            {
                await db.AddRedirectAsync(PublicPaths.Level(career, oldSlug), PublicPaths.Level(career, level.Slug), cancellationToken);
            }
        }
        if (!await SaveAsync(db, level, id is null, Input, async () => await db.Levels.AsNoTracking().Where(l => l.Id == id).Select(l => InputModel.From(l)).FirstOrDefaultAsync(cancellationToken), cancellationToken))
        {
            return Page();
        }
        Notice($"Saved the level {level.Name}.");
        return RedirectToPage("Index");
    }
}
