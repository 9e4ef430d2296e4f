using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Data;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Relations;

/// <summary>Links a career to a related one (<c>/admin/related-careers/new?careerId=</c>) or changes the link.</summary>
public sealed class EditModel(CareerDb db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }

    public EditFlow<CareerRelation, InputModel> Flow => field ??= new(this, db, db.CareerRelations, InputModel.From)
    {
        Keep = (relation, input) => input.CareerId = relation.CareerId,
        LoadChoices = LoadChoicesAsync,
    };

    public string? CareerTitle { get; private set; }
    public IReadOnlyList<SelectListItem> Careers { get; private set; } = [];

    public sealed class InputModel : IVersioned
    {
        [ScaffoldColumn(false)]
        public Guid Version { get; set; }

        [Display(Name = "From career"), ScaffoldColumn(false)]
        public int? CareerId { get; set; }

        [Display(Name = "Related career")]
        public int? RelatedCareerId { get; set; }

        [Display(Name = "Kind", Description = "A next step is where this career commonly leads.")]
        public RelationKind Kind { get; set; }

        [Display(Name = "Note", Description = "One sentence on how it differs.")]
        public string Note { get; set; } = "";

        [Display(Name = "Position", Description = "Orders the career's related careers, lowest first.")]
        public int Order { get; set; }

        public static InputModel From(CareerRelation relation) => new()
        {
            Version = relation.Version, CareerId = relation.CareerId, RelatedCareerId = relation.RelatedCareerId,
            Kind = relation.Kind, Note = relation.Note, Order = relation.Order,
        };
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(CareerDb db, int? id)
        {
            RuleFor(i => i.CareerId).NotNull().WithMessage("Choose the career the link starts from.")
                .MustAsync(async (careerId, cancellationToken) => await db.Careers.AnyAsync(c => c.Id == careerId, cancellationToken))
                .WithMessage("Choose a career from the list.");
            RuleFor(i => i.RelatedCareerId).NotNull().WithMessage("Choose the related career.")
                .NotEqual(i => i.CareerId).WithMessage("A career cannot be related to itself.")
                .MustAsync(async (relatedId, cancellationToken) => await db.Careers.AnyAsync(c => c.Id == relatedId, cancellationToken))
                .WithMessage("Choose a career from the list.")
                .MustAsync(async (input, relatedId, cancellationToken) => !await db.CareerRelations.AnyAsync(r => r.CareerId == input.CareerId && r.RelatedCareerId == relatedId && r.Id != id, cancellationToken))
                .WithMessage("This career already links to that one.");
            RuleFor(i => i.Kind).IsInEnum().WithMessage("Choose a kind.");
            RuleFor(i => i.Note).Text("a note", 1000);
            RuleFor(i => i.Order).InclusiveBetween(0, 10_000).WithMessage("Enter a position from 0 to 10000.");
        }
    }

    public async Task<IActionResult> OnGetAsync(int? id, int? careerId, CancellationToken cancellationToken)
    {
        (Input.CareerId, Input.Order) = (careerId, await db.CareerRelations.Where(r => r.CareerId == careerId).MaxAsync(r => (int?)r.Order + 1, cancellationToken) ?? 0);
        return await Flow.GetAsync(Id = id, input => Input = input, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        var saved = await Flow.SaveAsync(Id = id, Input, new InputValidator(db, id), () => new CareerRelation { CareerId = Input.CareerId!.Value },
            relation => (relation.RelatedCareerId, relation.Kind, relation.Note, relation.Order) = (Input.RelatedCareerId!.Value, Input.Kind, Input.Note.Trim(), Input.Order), cancellationToken);
        return Flow.Result(saved, _ => "Saved the related career.", relation => RedirectToPage("/Careers/Career", new { id = relation.CareerId }));
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Careers = await Choices.CareersAsync(db, cancellationToken);
        CareerTitle = Careers.FirstOrDefault(c => c.Value == Input.CareerId?.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text;
    }
}
