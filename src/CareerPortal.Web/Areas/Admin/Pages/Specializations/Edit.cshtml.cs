using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Data;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Specializations;

/// <summary>Adds a specialization to a career (<c>/admin/specializations/new?careerId=</c>) or changes one.</summary>
public sealed class EditModel(CareerDb db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }

    public EditFlow<Specialization, InputModel> Flow => field ??= new(this, db, db.Specializations, InputModel.From)
    {
        Keep = (specialization, input) => input.CareerId = specialization.CareerId,
        LoadChoices = LoadChoicesAsync,
    };

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

        [SlugFrom(nameof(Name))]

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
        (Input.CareerId, Input.Order) = (careerId, await db.Specializations.Where(r => r.CareerId == careerId).MaxAsync(r => (int?)r.Order + 1, cancellationToken) ?? 0);
        return await Flow.GetAsync(Id = id, input => Input = input, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        var saved = await Flow.SaveAsync(Id = id, Input, new InputValidator(db, id), () => new Specialization { CareerId = Input.CareerId!.Value },
            specialization => (specialization.Name, specialization.Slug, specialization.Summary, specialization.Order) = (Input.Name.Trim(), Input.Slug.Trim(), Input.Summary.Trim(), Input.Order), cancellationToken);
        return Flow.Result(saved, specialization => $"Saved the specialization {specialization.Name}.", specialization => RedirectToPage("/Careers/Career", new { id = specialization.CareerId }));
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Careers = await Choices.CareersAsync(db, cancellationToken);
        CareerTitle = Careers.FirstOrDefault(c => c.Value == Input.CareerId?.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text;
    }
}
