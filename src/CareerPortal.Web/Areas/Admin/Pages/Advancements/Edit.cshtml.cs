using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Data;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Advancements;

/// <summary>Adds an advancement tier to a career (<c>/admin/advancement-tiers/new?careerId=</c>) or changes one.</summary>
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
        Id = id;
        if (id is null)
        {
            Input.CareerId = careerId;
            Input.Order = careerId is null ? 0 : (await db.Advancements.Where(a => a.CareerId == careerId).MaxAsync(a => (int?)a.Order, cancellationToken) ?? -1) + 1;
        }
        else if (await db.Advancements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } tier)
        {
            Input = InputModel.From(tier);
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
        var tier = id is null ? null : await db.Advancements.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (tier is not null)
        {
            Input.CareerId = tier.CareerId;
        }
        await LoadChoicesAsync(cancellationToken);
        if (!await ValidateAsync(new InputValidator(db), Input, cancellationToken))
        {
            return Page();
        }
        if (id is null)
        {
            tier = db.Advancements.Add(new Advancement { CareerId = Input.CareerId!.Value }).Entity;
        }
        else if (tier is null)
        {
            ModelState.AddModelError("", GoneMessage);
            return Page();
        }
        (tier!.Tier, tier.Options, tier.Order) = (Input.Tier.Trim(), Lines.Split(Input.Options), Input.Order);
        if (id is not null)
        {
            ExpectVersion(db, tier, Input.Version);
        }
        if (!await SaveAsync(db, Input, async () => await db.Advancements.AsNoTracking().Where(a => a.Id == id).Select(a => InputModel.From(a)).FirstOrDefaultAsync(cancellationToken), cancellationToken))
        {
            return Page();
        }
        Notice($"Saved the tier {tier.Tier}.");
        return RedirectToPage("/Careers/Career", new { id = tier.CareerId });
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Careers = await Choices.CareersAsync(db, cancellationToken);
        CareerTitle = Careers.FirstOrDefault(c => c.Value == Input.CareerId?.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text;
    }
}
