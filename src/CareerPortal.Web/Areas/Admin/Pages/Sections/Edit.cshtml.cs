using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Content;
using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Sections;

/// <summary>The Markdown editor of a guide section, with a preview from the public site's own
/// renderer: the Preview button re-renders the page (no script needed); admin-preview.js posts to
/// <see cref="OnPostRender"/> as one types. Saving stores the HTML; the edit flow keeps a revision.</summary>
public sealed class EditModel(CareerDb db, MarkdownRenderer renderer) : PageModel
{
    public const int MarkdownLength = 100_000;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }
    public string? CareerTitle { get; private set; }
    public string? PublicPath { get; private set; }
    public string PreviewHtml { get; private set; } = "";
    public IReadOnlyList<SelectListItem> Careers { get; private set; } = [];

    public EditFlow<GuideSection, InputModel> Flow => field ??= new(this, db, db.GuideSections.Include(s => s.Career), InputModel.From)
    {
        Keep = (section, input) => input.CareerId = section.CareerId,
        Addresses = section => [PublicPaths.Section(section.Career.Slug, section.Slug)],
        LoadChoices = LoadAsync,
    };

    public sealed class InputModel : IVersioned
    {
        [ScaffoldColumn(false)]
        public Guid Version { get; set; }

        [Display(Name = "Career"), ScaffoldColumn(false)]
        public int? CareerId { get; set; }

        [Display(Name = "Title")]
        public string Title { get; set; } = "";

        [SlugFrom(nameof(Title))]

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
            RuleFor(i => i.Markdown).Must(m => MarkdownRenderer.Problem(m ?? "") is null)
                .WithMessage(i => MarkdownRenderer.Problem(i.Markdown ?? "")!);
            // Links into the site must reach a page that exists (and a part of it that exists).
            RuleFor(i => i.Markdown).CustomAsync(async (markdown, context, cancellationToken) =>
            {
                var input = context.InstanceToValidate;
                var career = await db.Careers.Where(c => c.Id == input.CareerId).Select(c => c.Slug).FirstOrDefaultAsync(cancellationToken);
                if (career is null || string.IsNullOrEmpty(markdown))
                {
                    return;
                }
                var targets = await LinkTargets.FromDatabaseAsync(db, cancellationToken);
                foreach (var (line, message) in GuideLinks.Broken(markdown, PublicPaths.Section(career, input.Slug?.Trim() ?? ""), targets))
                {
                    context.AddFailure($"Line {line}: {message}.");
                }
            });
        }
    }

    public async Task<IActionResult> OnGetAsync(int? id, int? careerId, CancellationToken cancellationToken)
    {
        (Input.CareerId, Input.Order) = (careerId, await db.GuideSections.Where(s => s.CareerId == careerId).MaxAsync(s => (int?)s.Order + 10, cancellationToken) ?? 10);
        return await Flow.GetAsync(Id = id, input => Input = input, cancellationToken);
    }

    /// <summary>Shows the preview of what was typed, saving nothing: the form without script.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null && await db.GuideSections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { } section)
        {
            Input.CareerId = section.CareerId;
        }
        Flow.State.Base = Request.Form[EditState.BaseField].ToString();
        Flow.State.ReturnUrl = Flow.SafeReturnUrl(Request.Form[EditState.ReturnField]);
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
        if (id is null && Input.CareerId is { } careerId)
        {
            // Tracked, so a new section's Career is set when it is added (its address needs the slug).
            await db.Careers.Where(c => c.Id == careerId).LoadAsync(cancellationToken);
        }
        var saved = await Flow.SaveAsync(Id = id, Input, new InputValidator(db, id), () => new GuideSection { CareerId = Input.CareerId!.Value }, section =>
        {
            (section.Title, section.Slug, section.Description, section.Order, section.Status, section.Markdown) =
                (Input.Title.Trim(), Input.Slug.Trim(), Input.Description.Trim(), Input.Order, Input.Status, Input.Markdown);
            section.Html = renderer.Render(section.Markdown, PublicPaths.Section(section.Career.Slug, section.Slug));
        }, cancellationToken);
        return Flow.Result(saved, section => $"Saved the section {section.Title}{(section.Status == SectionStatus.Draft ? " as a draft" : "")}.",
            section => RedirectToPage("Edit", new { id = section.Id }));
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
        }
    }
}
