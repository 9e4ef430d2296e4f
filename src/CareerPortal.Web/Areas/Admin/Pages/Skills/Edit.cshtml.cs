using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Skills;

/// <summary>Creates a skill (<c>/admin/skills/new</c>) or changes one.</summary>
public sealed class EditModel(CareerDb db) : AdminPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }

    public sealed class InputModel : IVersioned
    {
        [ScaffoldColumn(false)]
        public Guid Version { get; set; }

        [Display(Name = "Name")]
        public string Name { get; set; } = "";

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

        public static InputModel From(Skill skill) => new()
        {
            Version = skill.Version, Name = skill.Name, Slug = skill.Slug, Kind = skill.Kind, Summary = skill.Summary,
            WhyItMatters = skill.WhyItMatters, KeySkills = Lines.Join(skill.KeySkills),
        };

        public void ApplyTo(Skill skill)
        {
            (skill.Name, skill.Slug, skill.Kind, skill.Summary) = (Name.Trim(), Slug.Trim(), Kind, Summary.Trim());
            skill.WhyItMatters = string.IsNullOrWhiteSpace(WhyItMatters) ? null : WhyItMatters.Trim();
            skill.KeySkills = Lines.Split(KeySkills);
        }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(CareerDb db, int? id)
        {
            RuleFor(i => i.Name).Text("a name", 200);
            RuleFor(i => i.Slug).Slug()
                .MustAsync(async (slug, cancellationToken) => !await db.Skills.AnyAsync(s => s.Slug == slug && s.Id != id, cancellationToken))
                .WithMessage("Another skill already has this slug.");
            RuleFor(i => i.Kind).IsInEnum().WithMessage("Choose a kind.");
            RuleFor(i => i.Summary).Text("a summary", 1000);
            RuleFor(i => i.WhyItMatters).Optional("why it matters", 1000);
            RuleFor(i => i.KeySkills).LineList("key skills", length: 200);
        }
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is null)
        {
            return Page();
        }
        var skill = await db.Skills.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (skill is null)
        {
            return NotFound();
        }
        Input = InputModel.From(skill);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (!await ValidateAsync(new InputValidator(db, id), Input, cancellationToken))
        {
            return Page();
        }
        var skill = id is null ? db.Skills.Add(new Skill()).Entity : await db.Skills.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (skill is null)
        {
            ModelState.AddModelError("", GoneMessage);
            return Page();
        }
        var oldSlug = skill.Slug;
        Input.ApplyTo(skill);
        if (id is not null)
        {
            ExpectVersion(db, skill, Input.Version);
            await db.AddRedirectAsync(PublicPaths.Skill(oldSlug), PublicPaths.Skill(skill.Slug), cancellationToken);
        }
        else
        {
            await db.ClaimPathAsync(PublicPaths.Skill(skill.Slug), cancellationToken);
        }
        if (!await SaveAsync(db, Input, async () => await db.Skills.AsNoTracking().Where(s => s.Id == id).Select(s => InputModel.From(s)).FirstOrDefaultAsync(cancellationToken), cancellationToken))
        {
            return Page();
        }
        Notice($"Saved the skill {skill.Name}.");
        return RedirectToPage("Index");
    }
}
