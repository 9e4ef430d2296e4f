using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Api.Catalog;

/// <summary>The catalog every career path draws on: skills, certifications and tools.</summary>
public static class CatalogEndpoints
{
    public static void MapCatalog(this RouteGroupBuilder api)
    {
        api.MapGet("/skills", ListSkillsAsync).Cached().WithQuery(QueryParameter.Page, QueryParameter.PageSize)
            .WithName("ListSkills").WithSummary("List skills")
            .WithDescription("Every skill by name, a page at a time: kind (technical, core-competency or soft), summary and why it matters.");
        api.MapGet("/skills/{skill}", GetSkillAsync).Cached().WithQuery()
            .WithName("GetSkill").WithSummary("One skill and where it is needed")
            .WithDescription("The skill and, for each career path and level that needs it, how important it is there. {skill} is the slug or the permanent id; an old slug answers 301.");
        api.MapGet("/certifications", ListCertificationsAsync).Cached().WithQuery(QueryParameter.Page, QueryParameter.PageSize)
            .WithName("ListCertifications").WithSummary("List certifications")
            .WithDescription("Every certification by abbreviation, a page at a time: issuer, prerequisites, what it covers and the level it suits.");
        api.MapGet("/certifications/{certification}", GetCertificationAsync).Cached().WithQuery()
            .WithName("GetCertification").WithSummary("One certification")
            .WithDescription("{certification} is the slug or the permanent id; an old slug answers 301.");
        api.MapGet("/tools", ListToolsAsync).Cached().WithQuery(QueryParameter.Page, QueryParameter.PageSize)
            .WithName("ListTools").WithSummary("List tools")
            .WithDescription("Every tool by category and name, a page at a time.");
        api.MapGet("/tools/{tool}", GetToolAsync).Cached().WithQuery()
            .WithName("GetTool").WithSummary("One tool")
            .WithDescription("{tool} is the slug or the permanent id; an old slug answers 301.");
    }

    private static async Task<Results<Ok<Paged<SkillResource>>, ProblemHttpResult>> ListSkillsAsync(
        CareerDb db, ApiLinks links, CancellationToken cancellationToken, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var skills = await db.Skills.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        return Paging.Page(skills.Select(s => Skill(s, links)).ToList(), page, pageSize, p => links.Api($"/skills?page={p}&pageSize={pageSize}"));
    }

    private static async Task<Results<Ok<SkillDetail>, RedirectHttpResult, ProblemHttpResult>> GetSkillAsync(
        string skill, CareerDb db, ApiLinks links, CancellationToken cancellationToken)
    {
        var row = await Find(db.Skills, skill).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return await RenamedAsync<Skill>(db, ResourceTypes.Skill, skill, cancellationToken) is { } current
                ? Moved(links, ResourceTypes.Skill, current)
                : Missing(ResourceTypes.Skill, skill);
        }
        var uses = await db.CareerLevelSkills.AsNoTracking().Where(s => s.SkillId == row.Id)
            .OrderBy(s => s.CareerLevel.Career.Title).ThenBy(s => s.CareerLevel.Level.Order)
            .Select(s => new { s.CareerLevel.Career.PublicId, CareerSlug = s.CareerLevel.Career.Slug, s.CareerLevel.Career.Title, LevelSlug = s.CareerLevel.Level.Slug, s.Importance })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new SkillDetail(Skill(row, links), uses.Select(u => new SkillUse(
            u.PublicId, u.CareerSlug, u.Title, u.LevelSlug, ApiLinks.Importance(u.Importance), links.Api($"/careers/{u.CareerSlug}"))).ToList()));
    }

    private static async Task<Results<Ok<Paged<CertificationResource>>, ProblemHttpResult>> ListCertificationsAsync(
        CareerDb db, ApiLinks links, CancellationToken cancellationToken, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var certifications = await db.Certifications.AsNoTracking().Include(c => c.Level).OrderBy(c => c.Abbreviation).ToListAsync(cancellationToken);
        return Paging.Page(certifications.Select(c => Certification(c, links)).ToList(), page, pageSize, p => links.Api($"/certifications?page={p}&pageSize={pageSize}"));
    }

    private static async Task<Results<Ok<CertificationResource>, RedirectHttpResult, ProblemHttpResult>> GetCertificationAsync(
        string certification, CareerDb db, ApiLinks links, CancellationToken cancellationToken)
    {
        var row = await Find(db.Certifications.Include(c => c.Level), certification).FirstOrDefaultAsync(cancellationToken);
        if (row is not null)
        {
            return TypedResults.Ok(Certification(row, links));
        }
        return await RenamedAsync<Certification>(db, ResourceTypes.Certification, certification, cancellationToken) is { } current
            ? Moved(links, ResourceTypes.Certification, current)
            : Missing(ResourceTypes.Certification, certification);
    }

    private static async Task<Results<Ok<Paged<ToolResource>>, ProblemHttpResult>> ListToolsAsync(
        CareerDb db, ApiLinks links, CancellationToken cancellationToken, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var tools = await db.Tools.AsNoTracking().OrderBy(t => t.Category).ThenBy(t => t.Name).ToListAsync(cancellationToken);
        return Paging.Page(tools.Select(t => Tool(t, links)).ToList(), page, pageSize, p => links.Api($"/tools?page={p}&pageSize={pageSize}"));
    }

    private static async Task<Results<Ok<ToolResource>, RedirectHttpResult, ProblemHttpResult>> GetToolAsync(
        string tool, CareerDb db, ApiLinks links, CancellationToken cancellationToken)
    {
        var row = await Find(db.Tools, tool).FirstOrDefaultAsync(cancellationToken);
        if (row is not null)
        {
            return TypedResults.Ok(Tool(row, links));
        }
        return await RenamedAsync<Tool>(db, ResourceTypes.Tool, tool, cancellationToken) is { } current
            ? Moved(links, ResourceTypes.Tool, current)
            : Missing(ResourceTypes.Tool, tool);
    }

    /// <summary>A row by its permanent id or its slug.</summary>
    private static IQueryable<T> Find<T>(IQueryable<T> rows, string key) where T : ImportedEntity =>
        Guid.TryParse(key, out var id)
            ? rows.AsNoTracking().Where(r => r.PublicId == id)
            : rows.AsNoTracking().Where(r => EF.Property<string>(r, "Slug") == key);

    private static Task<string?> RenamedAsync<T>(CareerDb db, string type, string key, CancellationToken cancellationToken) where T : ImportedEntity =>
        Renames.CurrentSlugAsync<T>(db, type, key, ApiLinks.Collection(type), cancellationToken);

    private static RedirectHttpResult Moved(ApiLinks links, string type, string current) =>
        TypedResults.Redirect(links.Api($"{ApiLinks.Collection(type)}/{current}"), permanent: true);

    private static ProblemHttpResult Missing(string type, string key) => Problems.NotFound($"There is no {type} '{key}'.");

    private static SkillResource Skill(Skill s, ApiLinks links) => new(
        s.PublicId, s.Slug, s.Name, ApiLinks.Kind(s.Kind), s.Summary, s.WhyItMatters, s.KeySkills, s.UpdatedAt,
        links.Page($"/skills/{s.Slug}"), links.Api($"/skills/{s.Slug}"));

    private static CertificationResource Certification(Certification c, ApiLinks links) => new(
        c.PublicId, c.Slug, c.Abbreviation, c.Name, c.Issuer, c.Level?.Slug, c.Summary, c.Prerequisites, c.Covers,
        c.Level is null ? c.UpdatedAt : new[] { c.UpdatedAt, c.Level.UpdatedAt }.Max(),
        links.Page($"/certifications/{c.Slug}"), links.Api($"/certifications/{c.Slug}"));

    private static ToolResource Tool(Tool t, ApiLinks links) => new(
        t.PublicId, t.Slug, t.Name, t.Category, t.Summary, t.UpdatedAt, links.Page($"/tools#{t.Slug}"), links.Api($"/tools/{t.Slug}"));
}
