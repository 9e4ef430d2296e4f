using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Pages.Careers;

public sealed class CareerModel(CareerDb db) : PageModel, IHasMeta
{
    public PageMeta? Meta { get; private set; }
    public Career Career { get; private set; } = null!;
    public IReadOnlyList<SectionLink> Sections { get; private set; } = [];
    public IReadOnlyList<Skill> Skills { get; private set; } = [];
    public IReadOnlyList<Certification> Certifications { get; private set; } = [];
    public Ladder Ladder { get; private set; } = null!;
    public PayFacts Pay { get; private set; } = null!;
    public Reviewed Reviewed { get; private set; } = null!;

    public sealed record SectionLink(string Slug, string Title, string Description);

    /// <summary>The page's own table of contents: the parts it shows, by their ids
    /// (<see cref="PublicPaths.CareerParts"/>), in page order.</summary>
    public IReadOnlyList<(string Id, string Label)> Contents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var career = await db.Careers.AsNoTracking().AsSplitQuery()
            .Include(c => c.Levels.OrderBy(l => l.Level.Order)).ThenInclude(l => l.Level)
            .Include(c => c.Levels).ThenInclude(l => l.Skills).ThenInclude(s => s.Skill)
            .Include(c => c.Levels).ThenInclude(l => l.Certifications).ThenInclude(c => c.Certification)
            .Include(c => c.JobTitles.OrderBy(t => t.Order))
            .Include(c => c.Specializations.OrderBy(s => s.Order))
            .Include(c => c.Tools.OrderBy(t => t.Order)).ThenInclude(t => t.Tool)
            .Include(c => c.Relations.OrderBy(r => r.Order)).ThenInclude(r => r.RelatedCareer)
            .Include(c => c.Advancements.OrderBy(a => a.Order))
            .FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (career is null)
        {
            return NotFound();
        }
        Career = career;
        Sections = await db.GuideSections.AsNoTracking()
            .Where(s => s.CareerId == career.Id && s.Status == SectionStatus.Published)
            .OrderBy(s => s.Order)
            .Select(s => new SectionLink(s.Slug, s.Title, s.Description))
            .ToListAsync(cancellationToken);
        Skills = career.Levels.SelectMany(l => l.Skills).Select(s => s.Skill).DistinctBy(s => s.Id)
            .OrderBy(s => s.Kind).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();
        Ladder = Ladder.For(career, career.Levels, career.JobTitles);
        Certifications = career.Levels.SelectMany(l => l.Certifications).Select(c => c.Certification).DistinctBy(c => c.Id).ToList();
        Contents = new (string Id, string Label, bool Shown)[]
        {
            ("ladder", "The career ladder", career.Levels.Count > 0),
            ("profile", "Profile", career.IsThin),
            ("guide", "The guide", Sections.Count > 0),
            ("pay", "Pay and job outlook", career.Figures.Count > 0),
            ("responsibilities", "What the job involves", career.Responsibilities.Count > 0),
            ("titles", "Levels and job titles", career.Levels.Count > 0),
            ("skills", "Skills", Skills.Count > 0),
            ("certifications", "Certifications", Certifications.Count > 0),
            ("tools", "Tools", career.Tools.Count > 0),
            ("specializations", "Specializations", career.Specializations.Count > 0),
            ("beyond", "Where it can lead", career.Advancements.Count > 0),
            ("related", "Related careers", career.Relations.Count > 0),
        }.Where(p => p.Shown).Select(p => (p.Id, p.Label)).ToList();
        var sources = await Reviewed.SourcesAsync(db, career.Figures.Select(f => f.Source).ToList(), cancellationToken);
        Pay = new PayFacts(career, sources);
        Reviewed = new Reviewed(Reviewed.Latest([
            career.UpdatedAt, .. career.Levels.Select(l => l.UpdatedAt), .. career.Levels.Select(l => l.Level.UpdatedAt),
            .. career.JobTitles.Select(t => t.UpdatedAt), .. career.Specializations.Select(s => s.UpdatedAt),
            .. career.Tools.Select(t => t.Tool.UpdatedAt), .. career.Relations.Select(r => r.UpdatedAt), .. career.Relations.Select(r => r.RelatedCareer.UpdatedAt),
            .. career.Advancements.Select(a => a.UpdatedAt), .. Skills.Select(s => s.UpdatedAt), .. Certifications.Select(c => c.UpdatedAt),
            .. sources.Select(s => s.UpdatedAt)]), sources);
        Meta = new PageMeta
        {
            Title = career.IsThin ? career.Title : $"{career.Title} career path",
            Description = MetaText.Describe(career.Description, career.IsThin
                ? $"A short profile of the {career.Title} role and how it relates to our full career guides."
                : $"The {career.Title} career path: its levels, job titles, skills, certifications and tools."),
            Path = PublicPaths.Career(career.Slug),
            Breadcrumbs = [new("Home", PublicPaths.Home), new("Careers", PublicPaths.Careers)],
            NoIndex = career.IsThin,
            StructuredData = [Schemas.Occupation(career, Skills, Certifications)],
        };
        return Page();
    }
}
