using CareerPortal.Web.Api.Careers;
using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace CareerPortal.Web.Api;

/// <summary>Content negotiation for schema.org data: a client that prefers
/// <c>application/ld+json</c> gets a career's Occupation, the same object the career page embeds,
/// from the API resource or from the career page's own address.</summary>
public static class LinkedData
{
    public const string MediaType = "application/ld+json";

    /// <summary>True when the Accept header names JSON-LD and ranks nothing above it (so a
    /// browser's <c>text/html,...,*/*</c> still gets the page).</summary>
    public static bool Wanted(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }
        var linkedData = accepted.FirstOrDefault(a => a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase));
        var quality = linkedData?.Quality ?? 1;
        return linkedData is not null && quality > 0 && accepted.All(a => (a.Quality ?? 1) <= quality);
    }

    public static ContentHttpResult Document(JsonLd jsonLd, LoadedCareer career)
    {
        var meta = new PageMeta { Title = career.Career.Title, Description = career.Career.Summary, Path = $"/careers/{career.Career.Slug}", StructuredData = [career.Occupation()] };
        return TypedResults.Content(jsonLd.Documents(meta).Single(), MediaType, statusCode: StatusCodes.Status200OK);
    }

    /// <summary>The career page (<c>/careers/{career}</c>) answers a JSON-LD request itself; every
    /// other answer from that address says it varies by Accept, so no shared cache mixes them up.</summary>
    public static IApplicationBuilder UseLinkedDataForCareerPages(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var segments = request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is not ["careers", var slug] || !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            await next(context);
            return;
        }
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        if (!Wanted(request))
        {
            await next(context);
            return;
        }
        var db = context.RequestServices.GetRequiredService<CareerDb>();
        if (await LoadedCareer.LoadAsync(db, slug, context.RequestAborted) is { } career)
        {
            context.Response.Headers.CacheControl = ReadApi.CacheControl;
            await Document(context.RequestServices.GetRequiredService<JsonLd>(), career).ExecuteAsync(context);
            return;
        }
        await next(context);
    });
}
