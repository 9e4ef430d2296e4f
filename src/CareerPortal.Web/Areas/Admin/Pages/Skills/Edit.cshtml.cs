using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Skills;

/// <summary>Creates a skill (<c>/admin/skills/new</c>) or changes one.</summary>
public sealed class EditModel(CareerDb db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }

    public EditFlow<Skill, InputModel> Flow => field ??= new(this, db, db.Skills, InputModel.From)
    {
        Addresses = s => [PublicPaths.Skill(s.Slug)],
    };

    public sealed class InputModel : IVersioned
    {
        [ScaffoldColumn(false)]
        public Guid Version { get; set; }

        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [SlugFrom(nameof(Name))]

        [Display(Name = "Slug", Description = "The address of the skill's page: /skills/slug. Changing it keeps the old address working (it redirects).")]
        public string Slug { get; set; } = "";

        [Display(Name = "Kind")]
        public SkillKind Kind { get; set; }

        [Display(Name = "Summary", Description = "One or two sentences.")]
        public string Summary { get; set; } = "";

        [Display(Name = "Why it matters", Description = "Optional; used by core competencies.")]
        public string? WhyItMatters { get; set; }

        [Display(Name = "Key skills", Description = "Optional; one per line.")]
        public string? KeySkills { get; set; }

        [Display(Name = "How to build it", Description = "Optional; one way to build the skill per line. The skills check's plan lists them as steps.")]
        public string? HowToBuild { get; set; }

        [Display(Name = "How to show it", Description = "Optional; one way per line to show the skill to an employer (CV, interview, portfolio).")]
        public string? HowToShow { get; set; }

        public static InputModel From(Skill skill) => new()
        {
            Version = skill.Version, Name = skill.Name, Slug = skill.Slug, Kind = skill.Kind, Summary = skill.Summary,
            WhyItMatters = skill.WhyItMatters, KeySkills = Lines.Join(skill.KeySkills),
            HowToBuild = Lines.Join(skill.HowToBuild), HowToShow = Lines.Join(skill.HowToShow),
        };

        public void ApplyTo(Skill skill)
        {
            (skill.Name, skill.Slug, skill.Kind, skill.Summary) = (Name.Trim(), Slug.Trim(), Kind, Summary.Trim());
            skill.WhyItMatters = string.IsNullOrWhiteSpace(WhyItMatters) ? null : WhyItMatters.Trim();
            skill.KeySkills = Lines.Split(KeySkills);
            skill.HowToBuild = Lines.Split(HowToBuild);
            skill.HowToShow = Lines.Split(HowToShow);
        }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(CareerDb db, int? id)
        {
            RuleFor(i => i.Name).Text("a name", 200).UniqueName(db.Skills, s => s.Name, id, "skill");
            RuleFor(i => i.Slug).Slug()
                .MustAsync(async (slug, cancellationToken) => !await db.Skills.AnyAsync(s => s.Slug == slug && s.Id != id, cancellationToken))
                .WithMessage("Another skill already has this slug.");
            RuleFor(i => i.Kind).IsInEnum().WithMessage("Choose a kind.");
            RuleFor(i => i.Summary).Text("a summary", 1000);
            RuleFor(i => i.WhyItMatters).Optional("why it matters", 1000);
            RuleFor(i => i.KeySkills).LineList("key skills", length: 200);
            RuleFor(i => i.HowToBuild).LineList("ways to build it", length: 300);
            RuleFor(i => i.HowToShow).LineList("ways to show it", length: 300);
        }
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken) =>
        await Flow.GetAsync(Id = id, input => Input = input, cancellationToken);

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        var saved = await Flow.SaveAsync(Id = id, Input, new InputValidator(db, id), () => new Skill(), Input.ApplyTo, cancellationToken);
        return Flow.Result(saved, skill => $"Saved the skill {skill.Name}.", _ => RedirectToPage("Index"));
    }
}
