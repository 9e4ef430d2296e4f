using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Data;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Relations;

/// <summary>Links a career to a related one (<c>/admin/related-careers/new?careerId=</c>) or changes the link.</summary>
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
        Id = id;
        if (id is null)
        {
            Input.CareerId = careerId;
            Input.Order = careerId is null ? 0 : (await db.CareerRelations.Where(r => r.CareerId == careerId).MaxAsync(r => (int?)r.Order, cancellationToken) ?? -1) + 1;
        }
        else if (await db.CareerRelations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } relation)
        {
            Input = InputModel.From(relation);
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
        var relation = id is null ? null : await db.CareerRelations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (relation is not null)
        {
            Input.CareerId = relation.CareerId;
        }
        await LoadChoicesAsync(cancellationToken);
        if (!await ValidateAsync(new InputValidator(db, id), Input, cancellationToken))
        {
            return Page();
        }
        if (id is null)
        {
            relation = db.CareerRelations.Add(new CareerRelation { CareerId = Input.CareerId!.Value }).Entity;
        }
        else if (relation is null)
        {
            ModelState.AddModelError("", GoneMessage);
            return Page();
        }
        (relation!.RelatedCareerId, relation.Kind, relation.Note, relation.Order) = (Input.RelatedCareerId!.Value, Input.Kind, Input.Note.Trim(), Input.Order);
        if (id is not null)
        {
            ExpectVersion(db, relation, Input.Version);
        }
        if (!await SaveAsync(db, Input, async () => await db.CareerRelations.AsNoTracking().Where(r => r.Id == id).Select(r => InputModel.From(r)).FirstOrDefaultAsync(cancellationToken), cancellationToken))
        {
            return Page();
        }
        Notice("Saved the related career.");
        return RedirectToPage("/Careers/Career", new { id = relation.CareerId });
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Careers = await Choices.CareersAsync(db, cancellationToken);
        CareerTitle = Careers.FirstOrDefault(c => c.Value == Input.CareerId?.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text;
    }
}
