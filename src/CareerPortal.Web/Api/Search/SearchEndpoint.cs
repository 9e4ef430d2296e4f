using CareerPortal.Web.Data;
using CareerPortal.Web.Pages;
using CareerPortal.Web.Pages.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerPortal.Web.Api.Search;

public static class SearchEndpoint
{
    public static readonly QueryParameter Query = new("q");

    public static void MapSearch(this RouteGroupBuilder api) =>
        api.MapGet("/search", SearchAsync)
            // The site search's policy (kept briefly, within the search budget): entries per query text.
            .CacheSearch(Query.Name)
            .WithQuery(Query)
            .WithName("Search")
            .WithSummary("Search the site")
            .WithDescription("The site search's results as data: career paths and their job titles, skills, certifications, tools and "
                + "published guide text, best match first (at most 50). q is required: words to find, all of which must match.");

    private static async Task<Results<Ok<SearchResults>, ProblemHttpResult>> SearchAsync(
        CareerDb db, ApiLinks links, CancellationToken cancellationToken, string? q = null)
    {
        var query = SearchQuery.Parse(q);
        if (query.IsEmpty)
        {
            return Problems.BadQuery("q", "The query parameter 'q' is required: the words to search for.");
        }
        var hits = await SiteSearch.RunAsync(db, query, cancellationToken);
        return TypedResults.Ok(new SearchResults(query.Text, hits.Take(SiteSearch.MaxShown).Select(h => new SearchResult(
            h.Kind, h.Title, links.Page(h.Url), h.Snippet, h.Detail, h.DetailUrl is null ? null : links.Page(h.DetailUrl))).ToList()));
    }
}
