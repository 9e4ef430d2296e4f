using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Data;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Tools;

/// <summary>Creates a tool (<c>/admin/tools/new</c>) or changes one.</summary>
public sealed class EditModel(CareerDb db) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }

    public EditFlow<Tool, InputModel> Flow => field ??= new(this, db, db.Tools, InputModel.From);

    public sealed class InputModel : IVersioned
    {
        [ScaffoldColumn(false)]
        public Guid Version { get; set; }

        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [SlugFrom(nameof(Name))]

        [Display(Name = "Slug", Description = "Names the tool on the tools page: /tools#slug.")]
        public string Slug { get; set; } = "";

        [Display(Name = "Category", Description = "The tool's group on the tools page, such as 'Collaboration'.")]
        public string Category { get; set; } = "";

        [Display(Name = "Summary", Description = "One sentence.")]
        public string Summary { get; set; } = "";

        public static InputModel From(Tool tool) => new()
        {
            Version = tool.Version, Name = tool.Name, Slug = tool.Slug, Category = tool.Category, Summary = tool.Summary,
        };

        public void ApplyTo(Tool tool) =>
            (tool.Name, tool.Slug, tool.Category, tool.Summary) = (Name.Trim(), Slug.Trim(), Category.Trim(), Summary.Trim());
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(CareerDb db, int? id)
        {
            RuleFor(i => i.Name).Text("a name", 200).UniqueName(db.Tools, t => t.Name, id, "tool");
            RuleFor(i => i.Slug).Slug()
                .MustAsync(async (slug, cancellationToken) => !await db.Tools.AnyAsync(t => t.Slug == slug && t.Id != id, cancellationToken))
                .WithMessage("Another tool already has this slug.");
            RuleFor(i => i.Category).Text("a category", 100);
            RuleFor(i => i.Summary).Text("a summary", 1000);
        }
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken) =>
        await Flow.GetAsync(Id = id, input => Input = input, cancellationToken);

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        var saved = await Flow.SaveAsync(Id = id, Input, new InputValidator(db, id), () => new Tool(), Input.ApplyTo, cancellationToken);
        return Flow.Result(saved, tool => $"Saved the tool {tool.Name}.", _ => RedirectToPage("Index"));
    }
}
