using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Data;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Advancements;

/// <summary>Adds an advancement tier to a career (<c>/admin/advancement-tiers/new?careerId=</c>) or changes one.</summary>
public sealed class EditModel(CareerDb db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }

    public EditFlow<Advancement, InputModel> Flow => field ??= new(this, db, db.Advancements, InputModel.From)
    {
        Keep = (tier, input) => input.CareerId = tier.CareerId,
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

        [Display(Name = "Tier", Description = "The group's name, such as 'Director roles'.")]
        public string Tier { get; set; } = "";

        [Display(Name = "Options", Description = "The roles in this tier, one per line.")]
        public string? Options { get; set; }

        [Display(Name = "Position", Description = "Orders the career's tiers, lowest first.")]
        public int Order { get; set; }

        public static InputModel From(Advancement tier) => new()
        {
            Version = tier.Version, CareerId = tier.CareerId, Tier = tier.Tier, Options = Lines.Join(tier.Options), Order = tier.Order,
        };
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(CareerDb db)
        {
            RuleFor(i => i.CareerId).NotNull().WithMessage("Choose a career.")
                .MustAsync(async (careerId, cancellationToken) => await db.Careers.AnyAsync(c => c.Id == careerId, cancellationToken))
                .WithMessage("Choose a career from the list.");
            RuleFor(i => i.Tier).Text("the tier's name", 200);
            RuleFor(i => i.Options).Must(options => Lines.Split(options).Count > 0).WithMessage("List at least one role, one per line.")
                .LineList("roles", length: 200);
            RuleFor(i => i.Order).InclusiveBetween(0, 10_000).WithMessage("Enter a position from 0 to 10000.");
        }
    }

    public async Task<IActionResult> OnGetAsync(int? id, int? careerId, CancellationToken cancellationToken)
    {
        (Input.CareerId, Input.Order) = (careerId, await db.Advancements.Where(r => r.CareerId == careerId).MaxAsync(r => (int?)r.Order + 1, cancellationToken) ?? 0);
        return await Flow.GetAsync(Id = id, input => Input = input, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        var saved = await Flow.SaveAsync(Id = id, Input, new InputValidator(db), () => new Advancement { CareerId = Input.CareerId!.Value },
            tier => (tier.Tier, tier.Options, tier.Order) = (Input.Tier.Trim(), Lines.Split(Input.Options), Input.Order), cancellationToken);
        return Flow.Result(saved, tier => $"Saved the tier {tier.Tier}.", tier => RedirectToPage("/Careers/Career", new { id = tier.CareerId }));
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Careers = await Choices.CareersAsync(db, cancellationToken);
        CareerTitle = Careers.FirstOrDefault(c => c.Value == Input.CareerId?.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text;
    }
}
