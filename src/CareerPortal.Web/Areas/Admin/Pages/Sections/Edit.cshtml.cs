using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Content;
using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Sections;

/// <summary>The Markdown editor of a guide section, with a preview from the public site's own
/// renderer: the Preview button re-renders the page (no script needed); admin-preview.js posts to
/// <see cref="OnPostRender"/> as one types. Saving stores the HTML and a revision.</summary>
public sealed class EditModel(CareerDb db, MarkdownRenderer renderer) : AdminPage
{
    public const int MarkdownLength = 100_000;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }
    public string? CareerTitle { get; private set; }
    public string? PublicPath { get; private set; }
    public string PreviewHtml { get; private set; } = "";
    public IReadOnlyList<SelectListItem> Careers { get; private set; } = [];
    public IReadOnlyList<Revision> Revisions { get; private set; } = [];

    public sealed class InputModel : IVersioned
    {
        [ScaffoldColumn(false)]
        public Guid Version { get; set; }

        [Display(Name = "Career"), ScaffoldColumn(false)]
        public int? CareerId { get; set; }

        [Display(Name = "Title")]
        public string Title { get; set; } = "";

        [Display(Name = "Slug", Description = "The address: /careers/career/guide/slug. Changing it keeps the old address working (it redirects).")]
        public string Slug { get; set; } = "";

        [Display(Name = "Description", Description = "The page's description for search engines: about 50 to 160 characters.")]
        public string Description { get; set; } = "";

        [Display(Name = "Position", Description = "Orders the guide's sections, lowest first, such as 10, 20, 30.")]
        public int Order { get; set; }

        [Display(Name = "Status")]
        public SectionStatus Status { get; set; } = SectionStatus.Draft;

        [Display(Name = "Text", Description = "Markdown: ## for a heading, **bold**, - for a list item, [text](https://link) for a link. Raw HTML is shown as text.")]
        public string Markdown { get; set; } = "";

        public static InputModel From(GuideSection section) => new()
        {
            Version = section.Version, CareerId = section.CareerId, Title = section.Title, Slug = section.Slug,
            Description = section.Description, Order = section.Order, Status = section.Status, Markdown = section.Markdown,
        };
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(CareerDb db, int? id)
        {
            RuleFor(i => i.CareerId).NotNull().WithMessage("Choose a career.")
                .MustAsync(async (careerId, cancellationToken) => await db.Careers.AnyAsync(c => c.Id == careerId, cancellationToken))
                .WithMessage("Choose a career from the list.");
            RuleFor(i => i.Title).Text("a title", 200);
            RuleFor(i => i.Slug).Slug()
                .MustAsync(async (input, slug, cancellationToken) => !await db.GuideSections.AnyAsync(s => s.CareerId == input.CareerId && s.Slug == slug && s.Id != id, cancellationToken))
                .WithMessage("This career's guide already has a section with this slug.");
            RuleFor(i => i.Description).Text("a description", 160);
            RuleFor(i => i.Order).InclusiveBetween(0, 10_000).WithMessage("Enter a position from 0 to 10000.");
            RuleFor(i => i.Status).IsInEnum().WithMessage("Choose published or draft.");
            RuleFor(i => i.Markdown).Text("the text", MarkdownLength);
        }
    }

    public async Task<IActionResult> OnGetAsync(int? id, int? careerId, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is null)
        {
            Input.CareerId = careerId;
            Input.Order = careerId is null ? 10 : (await db.GuideSections.Where(s => s.CareerId == careerId).MaxAsync(s => (int?)s.Order, cancellationToken) ?? 0) + 10;
        }
        else if (await db.GuideSections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { } section)
        {
            Input = InputModel.From(section);
        }
        else
        {
            return NotFound();
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Shows the preview of what was typed, saving nothing: the form without script.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        await FixCareerAsync(id, cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The live preview's HTML, rendered and sanitized exactly as the public page will be.</summary>
    public IActionResult OnPostRender(string? markdown) =>
        markdown is { Length: > MarkdownLength }
            ? StatusCode(StatusCodes.Status413PayloadTooLarge)
            : Content(renderer.Preview(markdown ?? ""), "text/html; charset=utf-8");

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var section = await FixCareerAsync(id, cancellationToken);
        var valid = await ValidateAsync(new InputValidator(db, id), Input, cancellationToken);
        if (MarkdownRenderer.Problem(Input.Markdown) is { } problem)
        {
            ModelState.AddModelError("Input.Markdown", problem);
            valid = false;
        }
        if (!valid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        if (id is null)
        {
            section = db.GuideSections.Add(new GuideSection { CareerId = Input.CareerId!.Value }).Entity;
        }
        else if (section is null)
        {
            ModelState.AddModelError("", GoneMessage);
            await LoadAsync(cancellationToken);
            return Page();
        }
        var oldSlug = section!.Slug;
        (section.Title, section.Slug, section.Description, section.Order, section.Status, section.Markdown) =
            (Input.Title.Trim(), Input.Slug.Trim(), Input.Description.Trim(), Input.Order, Input.Status, Input.Markdown);
        section.Html = renderer.Render(section.Markdown);
        section.Revisions.Add(new Revision { Title = section.Title, Markdown = section.Markdown, Author = User.Identity?.Name, CreatedAt = DateTime.UtcNow });
        var careerSlug = await db.Careers.Where(c => c.Id == section.CareerId).Select(c => c.Slug).SingleAsync(cancellationToken);
        if (id is not null)
        {
            ExpectVersion(db, section, Input.Version);
            await db.AddRedirectAsync(PublicPaths.Section(careerSlug, oldSlug), PublicPaths.Section(careerSlug, section.Slug), cancellationToken);
        }
        else
        {
            await db.ClaimPathAsync(PublicPaths.Section(careerSlug, section.Slug), cancellationToken);
        }
        if (!await SaveAsync(db, Input, async () => await db.GuideSections.AsNoTracking().Where(s => s.Id == id).Select(s => InputModel.From(s)).FirstOrDefaultAsync(cancellationToken), cancellationToken))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        Notice($"Saved the section {section.Title}{(section.Status == SectionStatus.Draft ? " as a draft" : "")}.");
        return RedirectToPage("Edit", new { id = section.Id });
    }

    /// <summary>A section stays in its career: the posted career counts only for a new one.</summary>
    private async Task<GuideSection?> FixCareerAsync(int? id, CancellationToken cancellationToken)
    {
        var section = id is null ? null : await db.GuideSections.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (section is not null)
        {
            Input.CareerId = section.CareerId;
        }
        return section;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        PreviewHtml = renderer.Preview(Input.Markdown ?? "");
        Careers = await Choices.CareersAsync(db, cancellationToken);
        var career = await db.Careers.AsNoTracking().Where(c => c.Id == Input.CareerId).Select(c => new { c.Title, c.Slug }).FirstOrDefaultAsync(cancellationToken);
        CareerTitle = career?.Title;
        if (Id is { } id && career is not null)
        {
            var stored = await db.GuideSections.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Slug, s.Status }).FirstOrDefaultAsync(cancellationToken);
            PublicPath = stored is { Status: SectionStatus.Published } ? PublicPaths.Section(career.Slug, stored.Slug) : null;
            Revisions = await db.Revisions.AsNoTracking().Where(r => r.GuideSectionId == id)
                .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(10).ToListAsync(cancellationToken);
        }
    }
}
