using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerPortal.Web.Api;

/// <summary>The API's errors as RFC 9457 problem details (application/problem+json).</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult BadQuery(string parameter, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid query parameter",
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });
}
