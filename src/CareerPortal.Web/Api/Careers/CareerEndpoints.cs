using CareerPortal.Web.Content;
using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Api.Careers;

public static class CareerEndpoints
{
    public static void MapCareers(this RouteGroupBuilder api)
    {
        api.MapGet("/careers", ListAsync).Cached()
            .WithQuery(QueryParameter.Page, QueryParameter.PageSize)
            .WithName("ListCareers")
            .WithSummary("List career paths")
            .WithDescription("Every career path, by title, a page at a time, with its permanent id, O*NET-SOC code and when it last changed.");

        api.MapGet("/careers/{career}", GetAsync).Cached()
            .WithQuery()
            .WithName("GetCareer")
            .WithSummary("One career path with its ladder")
            .WithDescription("The career's levels (years, titles, responsibilities, skills with importance, certifications), job titles, "
                + "specializations, tools, related careers and published guide sections. {career} is the slug or the permanent id; "
                + "an old slug answers 301 with the new address. Send Accept: application/ld+json for the schema.org Occupation the career page embeds.")
            .Produces<string>(StatusCodes.Status200OK, LinkedData.MediaType);
    }

    private static async Task<Results<Ok<Paged<CareerSummary>>, ProblemHttpResult>> ListAsync(
        CareerDb db, ApiLinks links, CancellationToken cancellationToken, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var careers = await db.Careers.AsNoTracking().WithGraph().OrderBy(c => c.Title).ToListAsync(cancellationToken);
        var sections = (await LoadedCareer.PublishedSectionsAsync(db, careers.Select(c => c.Id).ToList(), cancellationToken)).ToLookup(s => s.CareerId);
        var summaries = careers.Select(c => new LoadedCareer(c, sections[c.Id].ToList()).Summary(links)).ToList();
        return Paging.Page(summaries, page, pageSize, p => links.Api($"/careers?page={p}&pageSize={pageSize}"));
    }

    private static async Task<Results<Ok<CareerDetail>, ContentHttpResult, RedirectHttpResult, ProblemHttpResult>> GetAsync(
        string career, HttpContext context, CareerDb db, ApiLinks links, JsonLd jsonLd, CancellationToken cancellationToken)
    {
        var slug = career;
        if (Guid.TryParse(career, out var id))
        {
            slug = await db.Careers.AsNoTracking().Where(c => c.PublicId == id).Select(c => c.Slug).FirstOrDefaultAsync(cancellationToken) ?? "";
        }
        if (await LoadedCareer.LoadAsync(db, slug, cancellationToken) is not { } loaded)
        {
            return await Renames.CurrentSlugAsync<Career>(db, ResourceTypes.Career, career, PublicPaths.Careers, cancellationToken) is { } current
                ? TypedResults.Redirect(links.Api($"/careers/{current}"), permanent: true)
                : Problems.NotFound($"There is no career path '{career}'.");
        }
        if (LinkedData.Wanted(context.Request))
        {
            return LinkedData.Document(jsonLd, loaded);
        }
        return TypedResults.Ok(loaded.Detail(links));
    }
}
