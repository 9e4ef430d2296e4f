using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Content;
using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Careers;

/// <summary>Creates a career path (<c>/admin/careers/new</c>) or changes its own fields and tools;
/// its levels, sections, titles and the rest have their own pages.</summary>
public sealed partial class EditModel(CareerDb db, MarkdownRenderer markdown) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }
    public IReadOnlyList<ToolChoice> Tools { get; private set; } = [];

    public EditFlow<Career, InputModel> Flow => field ??= new(this, db,
        db.Careers.Include(c => c.Tools).Include(c => c.Levels).ThenInclude(l => l.Level).Include(c => c.Sections).AsSplitQuery(), InputModel.From)
    {
        // The career's page, its levels' and its guide's pages all move with its slug.
        // Every page under the career follows the career's own redirect (Seo/Redirects).
        Addresses = career => [PublicPaths.Career(career.Slug)],
        LoadChoices = LoadToolsAsync,
    };

    public sealed record ToolChoice(int Id, string Name, string Category);

    public sealed class InputModel : IVersioned
    {
        [ScaffoldColumn(false)]
        public Guid Version { get; set; }

        [Display(Name = "Title", Description = "Such as 'IT Project Manager'.")]
        public string Title { get; set; } = "";

        [SlugFrom(nameof(Title))]

        [Display(Name = "Slug", Description = "The address: /careers/slug. Changing it keeps the old addresses (and those of its levels and guide) working: they redirect.")]
        public string Slug { get; set; } = "";

        [Display(Name = "Summary", Description = "One or two sentences shown in lists.")]
        public string Summary { get; set; } = "";

        [Display(Name = "Description", Description = "The page's description for search engines: about 50 to 160 characters.")]
        public string Description { get; set; } = "";

        [Display(Name = "O*NET-SOC code", Description = "Optional, such as 15-1299.09.")]
        public string? OccupationCode { get; set; }

        [Display(Name = "Short profile", Description = "A short profile rather than a full guide: kept out of the sitemap, shows the profile text below.")]
        public bool IsThin { get; set; }

        [Display(Name = "Profile", Description = "Markdown; the body of a short profile.")]
        public string? ProfileMarkdown { get; set; }

        [Display(Name = "What the job involves", Description = "One responsibility per line.")]
        public string? Responsibilities { get; set; }

        [Display(Name = "Advice about tools", Description = "Optional sentence shown above the tools.")]
        public string? ToolsAdvice { get; set; }

        [ScaffoldColumn(false)]
        public List<int> ToolIds { get; set; } = [];

        public static InputModel From(Career career) => new()
        {
            Version = career.Version, Title = career.Title, Slug = career.Slug, Summary = career.Summary, Description = career.Description,
            OccupationCode = career.OccupationCode, IsThin = career.IsThin, ProfileMarkdown = career.ProfileMarkdown,
            Responsibilities = Lines.Join(career.Responsibilities), ToolsAdvice = career.ToolsAdvice,
            ToolIds = career.Tools.OrderBy(t => t.Order).Select(t => t.ToolId).ToList(),
        };
    }

    public sealed partial class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(CareerDb db, int? id)
        {
            RuleFor(i => i.Title).Text("a title", 200).UniqueName(db.Careers, c => c.Title, id, "career");
            RuleFor(i => i.Slug).Slug()
                .MustAsync(async (slug, cancellationToken) => !await db.Careers.AnyAsync(c => c.Slug == slug && c.Id != id, cancellationToken))
                .WithMessage("Another career already has this slug.");
            RuleFor(i => i.Summary).Text("a summary", 1000);
            RuleFor(i => i.Description).Text("a description", 160);
            RuleFor(i => i.OccupationCode).Matches(OccupationCodePattern()).When(i => !string.IsNullOrWhiteSpace(i.OccupationCode))
                .WithMessage("Write the code as two digits, a hyphen, four digits and optionally a dot and two digits, such as 15-1299.09.");
            RuleFor(i => i.ProfileMarkdown).NotEmpty().When(i => i.IsThin).WithMessage("A short profile needs its profile text.")
                .MaximumLength(20_000);
            RuleFor(i => i.ProfileMarkdown).Must(m => MarkdownRenderer.Problem(m!) is null).When(i => i.ProfileMarkdown is not null)
                .WithMessage(i => MarkdownRenderer.Problem(i.ProfileMarkdown!)!);
            RuleFor(i => i.Responsibilities).LineList("responsibilities");
            RuleFor(i => i.ToolsAdvice).Optional("the advice about tools", 1000);
            RuleForEach(i => i.ToolIds)
                .MustAsync(async (toolId, cancellationToken) => await db.Tools.AnyAsync(t => t.Id == toolId, cancellationToken))
                .WithMessage("A chosen tool no longer exists; choose again.");
        }

        [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\d{2}-\d{4}(\.\d{2})?\s*$")]
        private static partial System.Text.RegularExpressions.Regex OccupationCodePattern();
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken) =>
        await Flow.GetAsync(Id = id, input => Input = input, cancellationToken);

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        var saved = await Flow.SaveAsync(Id = id, Input, new InputValidator(db, id), () => new Career(), Apply, cancellationToken);
        return Flow.Result(saved, career => $"Saved the career {career.Title}.", career => RedirectToPage("Career", new { id = career.Id }));
    }

    private void Apply(Career career)
    {
        (career.Title, career.Slug, career.Summary, career.Description, career.IsThin) =
            (Input.Title.Trim(), Input.Slug.Trim(), Input.Summary.Trim(), Input.Description.Trim(), Input.IsThin);
        career.OccupationCode = string.IsNullOrWhiteSpace(Input.OccupationCode) ? null : Input.OccupationCode.Trim();
        career.ProfileMarkdown = string.IsNullOrWhiteSpace(Input.ProfileMarkdown) ? null : Input.ProfileMarkdown;
        career.ProfileHtml = career.ProfileMarkdown is null ? null : markdown.Render(career.ProfileMarkdown);
        career.Responsibilities = Lines.Split(Input.Responsibilities);
        career.ToolsAdvice = string.IsNullOrWhiteSpace(Input.ToolsAdvice) ? null : Input.ToolsAdvice.Trim();

        // Tools keep their order; newly chosen ones go last.
        career.Tools.RemoveAll(t => !Input.ToolIds.Contains(t.ToolId));
        var next = career.Tools.Count == 0 ? 0 : career.Tools.Max(t => t.Order) + 1;
        foreach (var toolId in Input.ToolIds.Distinct().Where(toolId => career.Tools.All(t => t.ToolId != toolId)))
        {
            career.Tools.Add(new CareerTool { ToolId = toolId, Order = next++ });
        }
    }

    private async Task LoadToolsAsync(CancellationToken cancellationToken) =>
        Tools = await db.Tools.AsNoTracking().OrderBy(t => t.Category).ThenBy(t => t.Name)
            .Select(t => new ToolChoice(t.Id, t.Name, t.Category)).ToListAsync(cancellationToken);
}
