using System.Threading.RateLimiting;
using CareerPortal.Web.Api.Careers;
using CareerPortal.Web.Api.Catalog;
using CareerPortal.Web.Api.Embedding;
using CareerPortal.Web.Api.Changes;
using CareerPortal.Web.Api.Search;
using CareerPortal.Web.Pages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace CareerPortal.Web.Api;

/// <summary>The public read API under /api/v1 (JSON, read-only, anonymous), its OpenAPI document
/// and the embeddable ladder image: composition of what the endpoints need.</summary>
public static class ReadApi
{
    public const string CorsPolicy = "read-api";
    public const string RateLimit = "read-api";
    public const string CachePolicy = "read-api";
    /// <summary>Clients may reuse an answer for a minute, then revalidate it with its ETag.</summary>
    public const string CacheControl = "public, max-age=60";

    public static IServiceCollection AddReadApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ApiLinks>();
        services.AddProblemDetails();
        services.AddApiDocument();
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders(HeaderNames.Accept, HeaderNames.IfNoneMatch)
            .WithExposedHeaders(HeaderNames.ETag, HeaderNames.RetryAfter, HeaderNames.Location)
            .SetPreflightMaxAge(TimeSpan.FromDays(1))));
        // A resource embeds records of every type: evicted by every public change and by an import.
        services.AddOutputCache(options => options.AddPolicy(CachePolicy, policy => policy
            .Expire(TimeSpan.FromMinutes(10))
            .Tag(PublicCache.Tag, PublicCache.AnyChange)
            .VaryByValue(context => new KeyValuePair<string, string>("ld", LinkedData.Wanted(context.Request) ? "1" : "0"))));
        var perMinute = configuration.GetValue("Api:RequestsPerMinute", 120);
        services.AddRateLimiter(options => options.AddPolicy(RateLimit, new PerClientLimit(perMinute)));
        return services;
    }

    /// <summary>Before the output cache: CORS (so cached answers get it too), refusing unknown
    /// query parameters (so they never reach the cache) and JSON-LD on career pages.</summary>
    public static IApplicationBuilder UseReadApi(this IApplicationBuilder app)
    {
        app.UseCors();
        app.UseQueryRules();
        app.UseLinkedDataForCareerPages();
        return app;
    }

    public static IEndpointRouteBuilder MapReadApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(ApiLinks.Prefix)
            .WithTags("Read API")
            .RequireCors(CorsPolicy)
            .RequireRateLimiting(RateLimit)
            .AddEndpointFilter(ProblemOnException);
        api.MapCareers();
        api.MapCatalog();
        api.MapSearch();
        api.MapChanges();
        // Anything else under /api answers a problem, not the site's HTML 404 page.
        app.Map("/api/{**path}", (string? path) => Problems.NotFound($"There is no API resource at /api/{path}."))
            .ExcludeFromDescription().RequireCors(CorsPolicy);
        app.MapLadderImage().RequireCors(CorsPolicy).RequireRateLimiting(RateLimit);
        app.MapOpenApi().RequireCors(CorsPolicy).CacheOutput(CachePolicy);
        return app;
    }

    /// <summary>An API endpoint's output-cache policy and Cache-Control; the change feed uses its own.</summary>
    public static RouteHandlerBuilder Cached(this RouteHandlerBuilder endpoint) => endpoint.CacheOutput(CachePolicy);

    /// <summary>Cache-Control on every API answer, and an unexpected error as a 500 problem
    /// rather than the site's HTML error page.</summary>
    private static async ValueTask<object?> ProblemOnException(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        context.Response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            if (!response.Headers.ContainsKey(HeaderNames.CacheControl))
            {
                response.Headers.CacheControl = response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status301MovedPermanently ? CacheControl : "no-store";
            }
            return Task.CompletedTask;
        }, context.Response);
        try
        {
            return await next(invocation);
        }
        catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReadApi)).LogError(exception, "Read API request failed");
            return TypedResults.Problem("The server failed to answer this request. Try again later.", statusCode: StatusCodes.Status500InternalServerError, title: "Server error");
        }
    }

    /// <summary>A fixed window of requests per client address; more get 429 with Retry-After and a problem.</summary>
    private sealed class PerClientLimit(int perMinute) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (rejected, cancellationToken) =>
        {
            var context = rejected.HttpContext;
            var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers.CacheControl = "no-store";
            await TypedResults.Problem($"Too many requests from this address: at most {perMinute} a minute. Try again in {seconds} seconds.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests").ExecuteAsync(context);
        };

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
            RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}
