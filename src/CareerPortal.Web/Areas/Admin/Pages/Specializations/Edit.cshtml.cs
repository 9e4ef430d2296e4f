using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Data;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Specializations;

/// <summary>Adds a specialization to a career (<c>/admin/specializations/new?careerId=</c>) or changes one.</summary>
public sealed class EditModel(CareerDb db) : AdminPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }
    public string? CareerTitle { get; private set; }
    public IReadOnlyList<SelectListItem> Careers { get; private set; } = [];

    public sealed class InputModel : IVersioned
    {
        [ScaffoldColumn(false)]
        public Guid Version { get; set; }

        [Display(Name = "Career"), ScaffoldColumn(false)]
        public int? CareerId { get; set; }

        [Display(Name = "Name", Description = "Such as 'Infrastructure Project Manager'.")]
        public string Name { get; set; } = "";

        [Display(Name = "Slug", Description = "Names its anchor on the career page (/careers/career#slug); unique within the career.")]
        public string Slug { get; set; } = "";

        [Display(Name = "Summary", Description = "One sentence.")]
        public string Summary { get; set; } = "";

        [Display(Name = "Position", Description = "Orders the career's specializations, lowest first.")]
        public int Order { get; set; }

        public static InputModel From(Specialization specialization) => new()
        {
            Version = specialization.Version, CareerId = specialization.CareerId, Name = specialization.Name,
            Slug = specialization.Slug, Summary = specialization.Summary, Order = specialization.Order,
        };
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(CareerDb db, int? id)
        {
            RuleFor(i => i.CareerId).NotNull().WithMessage("Choose a career.")
                .MustAsync(async (careerId, cancellationToken) => await db.Careers.AnyAsync(c => c.Id == careerId, cancellationToken))
                .WithMessage("Choose a career from the list.");
            RuleFor(i => i.Name).Text("a name", 200);
            RuleFor(i => i.Slug).Slug()
                .MustAsync(async (input, slug, cancellationToken) => !await db.Specializations.AnyAsync(s => s.CareerId == input.CareerId && s.Slug == slug && s.Id != id, cancellationToken))
                .WithMessage("This career already has a specialization with this slug.");
            RuleFor(i => i.Summary).Text("a summary", 1000);
            RuleFor(i => i.Order).InclusiveBetween(0, 10_000).WithMessage("Enter a position from 0 to 10000.");
        }
    }

    public async Task<IActionResult> OnGetAsync(int? id, int? careerId, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is null)
        {
            Input.CareerId = careerId;
            Input.Order = careerId is null ? 0 : (await db.Specializations.Where(s => s.CareerId == careerId).MaxAsync(s => (int?)s.Order, cancellationToken) ?? -1) + 1;
        }
        else if (await db.Specializations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { } specialization)
        {
            Input = InputModel.From(specialization);
        }
        else
        {
            return NotFound();
        }
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var specialization = id is null ? null : await db.Specializations.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (specialization is not null)
        {
            Input.CareerId = specialization.CareerId;
        }
        await LoadChoicesAsync(cancellationToken);
        if (!await ValidateAsync(new InputValidator(db, id), Input, cancellationToken))
        {
            return Page();
        }
        if (id is null)
        {
            specialization = db.Specializations.Add(new Specialization { CareerId = Input.CareerId!.Value }).Entity;
        }
        else if (specialization is null)
        {
            ModelState.AddModelError("", GoneMessage);
            return Page();
        }
        (specialization!.Name, specialization.Slug, specialization.Summary, specialization.Order) = (Input.Name.Trim(), Input.Slug.Trim(), Input.Summary.Trim(), Input.Order);
        if (id is not null)
        {
            ExpectVersion(db, specialization, Input.Version);
        }
        if (!await SaveAsync(db, Input, async () => await db.Specializations.AsNoTracking().Where(s => s.Id == id).Select(s => InputModel.From(s)).FirstOrDefaultAsync(cancellationToken), cancellationToken))
        {
            return Page();
        }
        Notice($"Saved the specialization {specialization.Name}.");
        return RedirectToPage("/Careers/Career", new { id = specialization.CareerId });
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Careers = await Choices.CareersAsync(db, cancellationToken);
        CareerTitle = Careers.FirstOrDefault(c => c.Value == Input.CareerId?.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text;
    }
}
