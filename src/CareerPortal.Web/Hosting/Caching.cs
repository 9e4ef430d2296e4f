using CareerPortal.Web.Caching;
using CareerPortal.Web.Data;
using CareerPortal.Web.Pages;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerPortal.Web.Hosting;

/// <summary>The public pages' output cache: every page of the public site is cached by folder
/// convention (a page opts out with its own <c>[OutputCache(NoStore = true)]</c>), keyed only by
/// its path and the query parameters its handler takes (never the Host header or other
/// parameters), tagged by the records it shows, within a size limit; search results have a small budget of their own; and a
/// shared Redis cache that is down is replaced by a local one within milliseconds.</summary>
public static class Caching
{
    public static IServiceCollection AddPublicPageCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache(options =>
        {
            options.SizeLimit = configuration.GetValue("OutputCache:SizeLimitMB", 100L) * 1024 * 1024;
            options.MaximumBodySize = 1024 * 1024;
            // The admin area is never cached, even if a public policy were put on one of its pages.
            // Pages are built from Site:BaseUrl, never from the Host header, so it is not part of the
            // key; nor is any query parameter, unless a page binds it (see CachePublicPage).
            options.AddPolicy(PublicCache.Policy, policy => NotAdmin(policy.Expire(TimeSpan.FromMinutes(10)).SetVaryByHost(false).SetVaryByQuery([]).Tag(PublicCache.Tag).AddPolicy<RecordTags>()));
            options.AddPolicy(PublicCache.SearchPolicy, policy => NotAdmin(policy.Expire(TimeSpan.FromSeconds(60)).SetVaryByHost(false).SetVaryByQuery([]).Tag(PublicCache.Tag, PublicCache.SearchTag, PublicCache.AnyChange)));
        });
        // PostConfigure: AddRazorPages, called later, replaces the convention collection.
        services.PostConfigure<RazorPagesOptions>(options => options.Conventions.Add(new PublicPagesConvention()));

        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            RedisFallbackStore.Register(services, redis,
                // Several sites (or test runs) may share one Redis: each keeps to its own key prefix.
                configuration["OutputCache:RedisInstanceName"] ?? "careerportal:");
            services.AddHealthChecks().AddCheck<RedisFallbackStore.Check>("output-cache", tags: [Health.Ready]);
        }
        // The skills check keeps each career's data in memory (Pages/Careers/SkillsCheck/CheckData.cs).
        services.AddMemoryCache();
        var searchEntries = configuration.GetValue("OutputCache:SearchEntries", 500);
        CacheStores.Decorate(services, (_, inner) => new SearchBudgetStore(inner, searchEntries, TimeProvider.System));
        return services;
    }

    /// <summary>Caches a public page under the public policy (search under its own), varying only
    /// by the query parameters its GET handler binds: <c>?utm_source=…</c> or any other unknown
    /// parameter is served the same entry and never creates one.</summary>
    private sealed class PublicPagesConvention : IPageApplicationModelConvention
    {
        public void Apply(PageApplicationModel model)
        {
            if (model.AreaName is null && !model.HandlerTypeAttributes.OfType<OutputCacheAttribute>().Any())
            {
                CachePublicPage(model);
            }
        }
    }

    private static void CachePublicPage(PageApplicationModel page)
    {
        var route = page.ActionDescriptor.AttributeRouteInfo?.Template ?? "";
        var queryKeys = page.HandlerMethods
            .Where(handler => handler.HttpMethod.Equals("Get", StringComparison.OrdinalIgnoreCase))
            .SelectMany(handler => handler.Parameters)
            .Where(parameter => parameter.ParameterInfo.ParameterType != typeof(CancellationToken)
                && !route.Contains("{" + parameter.ParameterName, StringComparison.OrdinalIgnoreCase))
            .Select(parameter => parameter.ParameterName)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var policy = page.ViewEnginePath.StartsWith("/Search/", StringComparison.OrdinalIgnoreCase) ? PublicCache.SearchPolicy : PublicCache.Policy;
        page.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = policy, VaryByQueryKeys = queryKeys });
        page.EndpointMetadata.Add(ShownRecords(page.ViewEnginePath));
    }

    /// <summary>What each public page shows, as cache tags (see PublicCache): the record named by
    /// its {slug}, and the types it lists. A page not named here is evicted by every change.</summary>
    private static CacheTags ShownRecords(string page) => page switch
    {
        "/Index" or "/Careers/Index" => new(null, PublicCache.ListOf(ResourceTypes.Career)),
        _ when page.StartsWith("/Careers/", StringComparison.Ordinal) => new(ResourceTypes.Career),
        "/Skills/Index" => new(null, PublicCache.ListOf(ResourceTypes.Skill)),
        "/Skills/Skill" => new(ResourceTypes.Skill, PublicCache.ListOf(ResourceTypes.Career)),
        "/Certifications/Index" => new(null, PublicCache.ListOf(ResourceTypes.Certification)),
        "/Certifications/Certification" => new(ResourceTypes.Certification, PublicCache.ListOf(ResourceTypes.Career)),
        "/Tools/Index" => new(null, PublicCache.ListOf(ResourceTypes.Tool), PublicCache.ListOf(ResourceTypes.Career)),
        // Shows no record: only an import changes it.
        "/Developers/Index" => new(null),
        _ => new(null, PublicCache.AnyChange),
    };

    /// <summary>Endpoint metadata: the type of the record the route's {slug} names (null for none), and further tags.</summary>
    public sealed record CacheTags(string? ResourceType, params string[] Tags);

    /// <summary>Adds an endpoint's <see cref="CacheTags"/> to its cache entry, its record named by the route's slug.</summary>
    private sealed class RecordTags : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<CacheTags>() is { } shown)
            {
                context.Tags.UnionWith(shown.Tags);
                if (shown.ResourceType is { } type && context.HttpContext.GetRouteValue("slug") is string slug)
                {
                    context.Tags.Add(PublicCache.Record(type, slug));
                }
            }
            else
            {
                context.Tags.Add(PublicCache.AnyChange);
            }
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }

    private static OutputCachePolicyBuilder NotAdmin(OutputCachePolicyBuilder policy) =>
        policy.With(context => !context.HttpContext.Request.Path.StartsWithSegments(AdminArea.PathPrefix));
}
