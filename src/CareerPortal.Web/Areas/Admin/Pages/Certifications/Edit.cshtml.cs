using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CareerPortal.Web.Content;
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
    public IReadOnlyList<SelectListItem> Alternatives { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> Educations { get; } =
        Enum.GetValues<Education>().Select(e => new SelectListItem(e == Education.None ? "None required" : Web.Certifications.Eligibility.Describe(e), e.ToString())).ToList();

    /// <summary>Routes the form shows: those saved plus blank ones to add more (blank ones are ignored).</summary>
    public const int RouteRows = 4;

    /// <summary>One way to qualify, as the form edits it (see <see cref="EligibilityRoute"/>).</summary>
    public sealed record RouteInput
    {
        [Display(Name = "Least education")]
        public Education Education { get; set; }

        [Display(Name = "Months of project experience", Description = "Leave empty for none.")]
        public int? ExperienceMonths { get; set; }

        [Display(Name = "Within the last (years)", Description = "Optional: how recent the experience must be.")]
        public int? WithinYears { get; set; }

        [Display(Name = "Experience and training must be agile")]
        public bool Agile { get; set; }

        [Display(Name = "Hours of training", Description = "Leave empty for none.")]
        public int? TrainingHours { get; set; }

        [Display(Name = "Or a named course", Description = "Instead of hours, such as 'the 16-hour CSM course with a Certified Scrum Trainer'.")]
        public string? Course { get; set; }

        [Display(Name = "Or hold this certification instead of the training")]
        public string? OrCertification { get; set; }

        public bool IsBlank => Education == Education.None && ExperienceMonths is null && WithinYears is null && !Agile
            && TrainingHours is null && string.IsNullOrWhiteSpace(Course) && string.IsNullOrWhiteSpace(OrCertification);

        public static RouteInput From(EligibilityRoute route) => new()
        {
            Education = route.Education, ExperienceMonths = route.ExperienceMonths, WithinYears = route.WithinYears, Agile = route.Agile,
            TrainingHours = route.TrainingHours, Course = route.Course, OrCertification = route.OrCertification,
        };

        public EligibilityRoute ToRoute() => new()
        {
            Education = Education, ExperienceMonths = ExperienceMonths is 0 ? null : ExperienceMonths, WithinYears = WithinYears, Agile = Agile,
            TrainingHours = TrainingHours is 0 ? null : TrainingHours, Course = InputModel.Optional(Course), OrCertification = InputModel.Optional(OrCertification),
        };
    }

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

        [Display(Name = "Who it is for", Description = "Optional; one sentence.")]
        public string? Audience { get; set; }

        [Display(Name = "Anyone may sit it (no prerequisites)", Description = "Tick this, or describe the ways to qualify below; with neither, the site says its requirements are not recorded.")]
        public bool NoPrerequisites { get; set; }

        [Display(Name = "Ways to qualify")]
        public List<RouteInput> Routes { get; set; } = [];

        [Display(Name = "Exam format", Description = "Optional; questions, time, pass mark, and the period it applies to.")]
        public string? Exam { get; set; }

        [Display(Name = "Cost", Description = "Optional; member and non-member fees and the period they were reported for.")]
        public string? Cost { get; set; }

        [Display(Name = "Validity and renewal", Description = "Optional.")]
        public string? Renewal { get; set; }

        [Display(Name = "Official page", Description = "Optional; a full https:// address on the issuer's own site.")]
        public string? OfficialUrl { get; set; }

        [Display(Name = "Facts checked on", Description = "Optional; the date written yyyy-mm-dd, shown as 'as of'.")]
        public string? AsOf { get; set; }

        [Display(Name = "Sources", Description = "Optional; source keys, one per line, as listed in content/catalog/sources.yml.")]
        public string? Sources { get; set; }

        public static InputModel From(Certification certification) => new()
        {
            Version = certification.Version, Abbreviation = certification.Abbreviation, Name = certification.Name, Slug = certification.Slug,
            Issuer = certification.Issuer, LevelId = certification.LevelId, Summary = certification.Summary,
            Prerequisites = certification.Prerequisites, Covers = certification.Covers, Audience = certification.Audience,
            NoPrerequisites = certification.Eligibility is [{ } only] && only == new EligibilityRoute(),
            Routes = certification.Eligibility.Where(r => r != new EligibilityRoute()).Select(RouteInput.From).ToList(),
            Exam = certification.Exam, Cost = certification.Cost, Renewal = certification.Renewal, OfficialUrl = certification.OfficialUrl,
            AsOf = certification.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Sources = Lines.Join(certification.SourceKeys),
        };

        /// <summary>The routes to save: the filled-in rows, or the one open route.</summary>
        public List<EligibilityRoute> Eligibility() =>
            NoPrerequisites ? [new EligibilityRoute()] : Routes.Where(r => !r.IsBlank).Select(r => r.ToRoute()).ToList();

        public void ApplyTo(Certification certification)
        {
            (certification.Abbreviation, certification.Name, certification.Slug, certification.LevelId, certification.Summary) =
                (Abbreviation.Trim(), Name.Trim(), Slug.Trim(), LevelId, Summary.Trim());
            certification.Issuer = Optional(Issuer);
            certification.Prerequisites = Optional(Prerequisites);
            certification.Covers = Optional(Covers);
            certification.Audience = Optional(Audience);
            certification.Eligibility = Eligibility();
            certification.Exam = Optional(Exam);
            certification.Cost = Optional(Cost);
            certification.Renewal = Optional(Renewal);
            certification.OfficialUrl = Optional(OfficialUrl);
            certification.AsOf = Date(AsOf);
            certification.SourceKeys = Lines.Split(Sources);
        }

        public static DateOnly? Date(string? text) =>
            DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

        internal static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
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
            RuleFor(i => i.Audience).Optional("who it is for", 1000);
            RuleFor(i => i.Exam).Optional("the exam format", 1000);
            RuleFor(i => i.Cost).Optional("the cost", 1000);
            RuleFor(i => i.Renewal).Optional("validity and renewal", 1000);
            RuleFor(i => i.OfficialUrl).Optional("the official page", 400)
                .Must(url => string.IsNullOrWhiteSpace(url) || ContentValidator.IsWebAddress(url.Trim()))
                .WithMessage("Enter a full address starting with https://, or leave it empty.");
            RuleFor(i => i.AsOf)
                .Must(date => string.IsNullOrWhiteSpace(date) || InputModel.Date(date) is not null)
                .WithMessage("Write the date as yyyy-mm-dd, such as 2026-12-01, or leave it empty.");
            RuleFor(i => i.Sources).LineList("sources", count: 30, length: 120)
                .MustAsync(async (text, cancellationToken) =>
                {
                    var keys = Lines.Split(text);
                    return keys.Count == 0 || await db.Sources.CountAsync(s => keys.Contains(s.Key), cancellationToken) == keys.Distinct().Count();
                })
                .WithMessage("List only source keys that exist, one per line.");
            RuleFor(i => i.Routes).Must((input, routes) => !input.NoPrerequisites || routes.All(r => r.IsBlank))
                .WithMessage("Either tick 'no prerequisites' or describe ways to qualify, not both.");
            RuleForEach(i => i.Routes).ChildRules(route =>
            {
                route.RuleFor(r => r.Education).IsInEnum().WithMessage("Choose an education level from the list.");
                route.RuleFor(r => r.ExperienceMonths).InclusiveBetween(0, 600).WithMessage("Enter months of experience from 0 to 600.");
                route.RuleFor(r => r.WithinYears).InclusiveBetween(1, 60).WithMessage("Enter years from 1 to 60.");
                route.RuleFor(r => r.TrainingHours).InclusiveBetween(0, 1000).WithMessage("Enter hours of training from 0 to 1000.");
                route.RuleFor(r => r.Course).Optional("the course", 300);
                // On the field itself, so the message sits next to it (another certification, never this one).
                route.RuleFor(r => r.OrCertification)
                    .MustAsync(async (slug, cancellationToken) => slug is not { Length: > 0 }
                        || await db.Certifications.AnyAsync(c => c.Slug == slug && c.Id != id, cancellationToken))
                    .WithMessage("Choose another certification from the list.");
            });
        }
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(id, cancellationToken);
        return await Flow.GetAsync(Id = id, input => Input = input, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(id, cancellationToken);
        // Blank rows are only room to add a route: the merge compares what was saved.
        Input.Routes.RemoveAll(r => r.IsBlank);
        var saved = await Flow.SaveAsync(Id = id, Input, new InputValidator(db, id), () => new Certification(), Input.ApplyTo, cancellationToken);
        return Flow.Result(saved, certification => $"Saved the certification {certification.Abbreviation}.", _ => RedirectToPage("Index"));
    }

    /// <summary>Blank route rows are added when the form is shown (the input then has them all).</summary>
    public IEnumerable<RouteInput> RouteRowsToShow()
    {
        while (Input.Routes.Count < Math.Max(RouteRows, Input.Routes.Count(r => !r.IsBlank) + 1))
        {
            Input.Routes.Add(new RouteInput());
        }
        return Input.Routes;
    }

    private async Task LoadChoicesAsync(int? id, CancellationToken cancellationToken)
    {
        Levels = await Choices.LevelsAsync(db, cancellationToken);
        Alternatives = await db.Certifications.AsNoTracking().Where(c => c.Id != id).OrderBy(c => c.Abbreviation)
            .Select(c => new SelectListItem(c.Abbreviation + ": " + c.Name, c.Slug)).ToListAsync(cancellationToken);
    }
}
