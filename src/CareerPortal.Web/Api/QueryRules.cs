using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerPortal.Web.Api;

/// <summary>A query parameter an endpoint accepts; <see cref="Min"/> and <see cref="Max"/> make it a whole number in that range.</summary>
public sealed record QueryParameter(string Name, long? Min = null, long? Max = null)
{
    public static readonly QueryParameter Page = new("page", 1, 100_000);
    public static readonly QueryParameter PageSize = new("pageSize", 1, Paging.MaxPageSize);
}

/// <summary>Endpoint metadata: the only query parameters the endpoint takes.</summary>
public sealed record QueryRules(IReadOnlyList<QueryParameter> Parameters);

/// <summary>Refuses, before anything runs or is cached, a query string the endpoint does not
/// take: an unknown or repeated parameter, or a number that is not one or out of range, each
/// answered with a 400 problem that names the parameter. A client's typo is then an error it
/// can see rather than a silently ignored filter, and no odd query string makes a cache entry.</summary>
public static class QueryRulesCheck
{
    public static RouteHandlerBuilder WithQuery(this RouteHandlerBuilder endpoint, params QueryParameter[] parameters) =>
        endpoint.WithMetadata(new QueryRules(parameters));

    public static IApplicationBuilder UseQueryRules(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<QueryRules>() is { } rules && Refusal(context.Request.Query, rules) is { } problem)
        {
            await problem.ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    internal static IResult? Refusal(IQueryCollection query, QueryRules rules)
    {
        foreach (var (name, values) in query)
        {
            var rule = rules.Parameters.FirstOrDefault(p => p.Name == name);
            if (rule is null)
            {
                var known = rules.Parameters.Count == 0 ? "none" : string.Join(", ", rules.Parameters.Select(p => p.Name));
                return Problems.BadQuery(name, $"Unknown query parameter '{name}'. This endpoint takes: {known}.");
            }
            if (values.Count > 1)
            {
                return Problems.BadQuery(name, $"The query parameter '{name}' is given {values.Count} times; give it once.");
            }
            if (rule.Min is { } min && rule.Max is { } max
                && (!long.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max))
            {
                return Problems.BadQuery(name, $"The query parameter '{name}' must be a whole number from {min} to {max}, not '{values[0]}'.");
            }
        }
        return null;
    }
}

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>One page of <paramref name="all"/>, or a 400 problem for a page past the last one
    /// (page 1 of an empty list is an empty page).</summary>
    public static Results<Ok<Paged<T>>, ProblemHttpResult> Page<T>(IReadOnlyList<T> all, int page, int pageSize, Func<int, string> link)
    {
        var totalPages = (all.Count + pageSize - 1) / pageSize;
        if (page > Math.Max(totalPages, 1))
        {
            return Problems.BadQuery("page", $"The query parameter 'page' is {page}, past the last page ({totalPages}) at pageSize {pageSize}.");
        }
        var items = all.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return TypedResults.Ok(new Paged<T>(items, page, pageSize, all.Count, totalPages, new PageLinks(
            link(page), page < totalPages ? link(page + 1) : null, page > 1 ? link(page - 1) : null)));
    }
}
