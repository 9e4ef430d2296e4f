using CareerPortal.Web.Content;
using CareerPortal.Web.Data;
using CareerPortal.Web.Pages;
using CareerPortal.Web.Pages.Search;
using CareerPortal.Web.Seo;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Api.Careers;

/// <summary>A career as the API, its JSON-LD and its ladder image read it: the whole graph and
/// its published guide sections.</summary>
public sealed record LoadedCareer(Career Career, IReadOnlyList<GuideSection> Sections)
{
    public static async Task<LoadedCareer?> LoadAsync(CareerDb db, string slug, CancellationToken cancellationToken)
    {
        var career = await db.Careers.AsNoTracking().WithGraph().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        return career is null ? null : new LoadedCareer(career, await PublishedSectionsAsync(db, [career.Id], cancellationToken));
    }

    public static Task<List<GuideSection>> PublishedSectionsAsync(CareerDb db, IReadOnlyCollection<int> careerIds, CancellationToken cancellationToken) =>
        db.GuideSections.AsNoTracking()
            .Where(s => careerIds.Contains(s.CareerId) && s.Status == SectionStatus.Published)
            .OrderBy(s => s.CareerId).ThenBy(s => s.Order)
            .ToListAsync(cancellationToken);

    public IReadOnlyList<CareerLevel> Ladder => Career.Levels.OrderBy(l => l.Level.Order).ToList();

    public IReadOnlyList<Skill> Skills => Career.Levels.SelectMany(l => l.Skills).Select(s => s.Skill).DistinctBy(s => s.Id)
        .OrderBy(s => s.Kind).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();

    // In the order the career page lists them, so both embed the same Occupation.
    public IReadOnlyList<Certification> Certifications => Ladder.SelectMany(l => l.Certifications)
        .Select(c => c.Certification).DistinctBy(c => c.Id).ToList();

    /// <summary>The latest change among every row the career's resource shows.</summary>
    public DateTime LastReviewed => new[] { Career.UpdatedAt }
        .Concat(Career.Levels.SelectMany(l => new[] { l.UpdatedAt, l.Level.UpdatedAt }))
        .Concat(Career.Levels.SelectMany(l => l.Skills.Select(s => s.Skill.UpdatedAt).Concat(l.Certifications.Select(c => c.Certification.UpdatedAt))))
        .Concat(Career.JobTitles.Select(t => t.UpdatedAt))
        .Concat(Career.Specializations.Select(s => s.UpdatedAt))
        .Concat(Career.Tools.Select(t => t.Tool.UpdatedAt))
        .Concat(Career.Relations.SelectMany(r => new[] { r.UpdatedAt, r.RelatedCareer.UpdatedAt }))
        .Concat(Career.Advancements.Select(a => a.UpdatedAt))
        .Concat(Sections.Select(s => s.UpdatedAt))
        .Max();

    public CareerSummary Summary(ApiLinks links) => new(
        Career.PublicId, Career.Slug, Career.Title, Career.Summary, ApiLinks.Occupation(Career.OccupationCode), LastReviewed,
        links.Page($"/careers/{Career.Slug}"), links.Api($"/careers/{Career.Slug}"));

    public CareerDetail Detail(ApiLinks links)
    {
        var career = Career;
        var titlesByLevel = career.JobTitles.OrderBy(t => t.Order).ToLookup(t => t.LevelId);
        return new CareerDetail(
            career.PublicId, career.Slug, career.Title, career.Summary, career.Description, career.IsThin,
            ApiLinks.Occupation(career.OccupationCode), career.Responsibilities,
            Ladder.Select(stage => new CareerLevelResource(
                stage.Level.PublicId, stage.Level.Slug, stage.Level.Name, stage.Level.Order,
                new YearsRange(stage.Level.MinYears, stage.Level.MaxYears, Years.Describe(stage.Level)),
                stage.Title, stage.Focus, stage.TypicalRoles, stage.Responsibilities,
                titlesByLevel[stage.LevelId].Select(t => t.Title).ToList(),
                stage.Skills.OrderByDescending(s => s.Importance).ThenBy(s => s.Order).Select(s => new SkillNeed(
                    s.Skill.PublicId, s.Skill.Slug, s.Skill.Name, ApiLinks.Kind(s.Skill.Kind), ApiLinks.Importance(s.Importance), (int)s.Importance,
                    links.Api($"/skills/{s.Skill.Slug}"))).ToList(),
                stage.Certifications.OrderBy(c => c.Order).Select(c => Reference(c.Certification, links)).ToList(),
                links.Page($"/careers/{career.Slug}/levels/{stage.Level.Slug}"))).ToList(),
            career.JobTitles.OrderBy(t => t.Level.Order).ThenBy(t => t.Order).Select(t => new JobTitleResource(t.Title, t.Summary, t.Level.Slug)).ToList(),
            career.Specializations.OrderBy(s => s.Order).Select(s => new SpecializationResource(s.Slug, s.Name, s.Summary)).ToList(),
            career.Tools.OrderBy(t => t.Order).Select(t => new ToolReference(t.Tool.PublicId, t.Tool.Slug, t.Tool.Name, t.Tool.Category, links.Api($"/tools/{t.Tool.Slug}"))).ToList(),
            career.Relations.OrderBy(r => r.Order).Select(r => new RelatedCareer(
                r.RelatedCareer.PublicId, r.RelatedCareer.Slug, r.RelatedCareer.Title, ApiLinks.Relation(r.Kind), r.Note,
                links.Api($"/careers/{r.RelatedCareer.Slug}"))).ToList(),
            Sections.Select(s => new GuideSectionResource(
                s.PublicId, s.Slug, s.Title, s.Description, s.Order, s.Html, PlainSummary(s.Markdown), s.UpdatedAt,
                links.Page($"/careers/{career.Slug}/guide/{s.Slug}"))).ToList(),
            LastReviewed,
            links.Page($"/careers/{career.Slug}"),
            links.Api($"/careers/{career.Slug}"),
            links.Page($"/careers/{career.Slug}/ladder.svg"));
    }

    public Occupation Occupation() => Schemas.Occupation(Career, Skills, Certifications);

    private static CertificationReference Reference(Certification c, ApiLinks links) =>
        new(c.PublicId, c.Slug, c.Abbreviation, c.Name, links.Api($"/certifications/{c.Slug}"));

    private const int SummaryLength = 300;

    /// <summary>The section's opening as plain text: Markdown marks dropped, cut after a whole word.</summary>
    internal static string PlainSummary(string markdown) => MetaText.Cut(SiteSearch.PlainText(markdown), SummaryLength);
}
