using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Certifications;

/// <summary>Creates a certification (<c>/admin/certifications/new</c>) or changes one.</summary>
public sealed class EditModel(CareerDb db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }

    public EditFlow<Certification, InputModel> Flow => field ??= new(this, db, db.Certifications, InputModel.From)
    {
        Addresses = c => [PublicPaths.Certification(c.Slug)],
    };
    public IReadOnlyList<SelectListItem> Levels { get; private set; } = [];

    public sealed class InputModel : IVersioned
    {
        [ScaffoldColumn(false)]
        public Guid Version { get; set; }

        [Display(Name = "Abbreviation", Description = "Such as 'PMP'.")]
        public string Abbreviation { get; set; } = "";

        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [SlugFrom(nameof(Name))]

        [Display(Name = "Slug", Description = "The address of its page: /certifications/slug. Changing it keeps the old address working (it redirects).")]
        public string Slug { get; set; } = "";

        [Display(Name = "Issuer", Description = "Optional; the body that awards it.")]
        public string? Issuer { get; set; }

        [Display(Name = "Level it suits best", Description = "Optional.")]
        public int? LevelId { get; set; }

        [Display(Name = "Summary", Description = "What it is and who values it.")]
        public string Summary { get; set; } = "";

        [Display(Name = "Prerequisites", Description = "Optional; what you need before you can sit it.")]
        public string? Prerequisites { get; set; }

        [Display(Name = "What it covers", Description = "Optional.")]
        public string? Covers { get; set; }

        public static InputModel From(Certification certification) => new()
        {
            Version = certification.Version, Abbreviation = certification.Abbreviation, Name = certification.Name, Slug = certification.Slug,
            Issuer = certification.Issuer, LevelId = certification.LevelId, Summary = certification.Summary,
            Prerequisites = certification.Prerequisites, Covers = certification.Covers,
        };

        public void ApplyTo(Certification certification)
        {
            (certification.Abbreviation, certification.Name, certification.Slug, certification.LevelId, certification.Summary) =
                (Abbreviation.Trim(), Name.Trim(), Slug.Trim(), LevelId, Summary.Trim());
            certification.Issuer = Optional(Issuer);
            certification.Prerequisites = Optional(Prerequisites);
            certification.Covers = Optional(Covers);
        }

        private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(CareerDb db, int? id)
        {
            RuleFor(i => i.Abbreviation).Text("an abbreviation", 40);
            RuleFor(i => i.Name).Text("a name", 200).UniqueName(db.Certifications, c => c.Name, id, "certification");
            RuleFor(i => i.Slug).Slug()
                .MustAsync(async (slug, cancellationToken) => !await db.Certifications.AnyAsync(c => c.Slug == slug && c.Id != id, cancellationToken))
                .WithMessage("Another certification already has this slug.");
            RuleFor(i => i.Issuer).Optional("the issuer", 200);
            RuleFor(i => i.LevelId)
                .MustAsync(async (levelId, cancellationToken) => await db.Levels.AnyAsync(l => l.Id == levelId, cancellationToken))
                .When(i => i.LevelId is not null).WithMessage("Choose a level from the list.");
            RuleFor(i => i.Summary).Text("a summary", 2000);
            RuleFor(i => i.Prerequisites).Optional("the prerequisites", 1000);
            RuleFor(i => i.Covers).Optional("what it covers", 1000);
        }
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Levels = await Choices.LevelsAsync(db, cancellationToken);
        return await Flow.GetAsync(Id = id, input => Input = input, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Levels = await Choices.LevelsAsync(db, cancellationToken);
        var saved = await Flow.SaveAsync(Id = id, Input, new InputValidator(db, id), () => new Certification(), Input.ApplyTo, cancellationToken);
        return Flow.Result(saved, certification => $"Saved the certification {certification.Abbreviation}.", _ => RedirectToPage("Index"));
    }
}
