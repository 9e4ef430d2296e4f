using CareerPortal.Web.Pages;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CareerPortal.Web.Hosting;

/// <summary>The public pages' output cache: every page of the public site is cached by folder
/// convention (a page opts out with its own <c>[OutputCache(NoStore = true)]</c>), keyed only by
/// its path and the query parameters its handler takes (never the Host header or other
/// parameters), within a size limit; search results have a small budget of their own; and a
/// shared Redis cache that is down is replaced by a local one within milliseconds.</summary>
public static class Caching
{
    private const string SearchPolicy = "search";
    /// <summary>Search results also carry this tag, so the store can keep them to their budget.</summary>
    public const string SearchTag = "search";

    public static IServiceCollection AddPublicPageCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache(options =>
        {
            options.SizeLimit = configuration.GetValue("OutputCache:SizeLimitMB", 100L) * 1024 * 1024;
            options.MaximumBodySize = 1024 * 1024;
            // The admin area is never cached, even if a public policy were put on one of its pages.
            // Pages are built from Site:BaseUrl, never from the Host header, so it is not part of the
            // key; nor is any query parameter, unless a page binds it (see CachePublicPage).
            options.AddPolicy(PublicCache.Policy, policy => NotAdmin(policy.Expire(TimeSpan.FromMinutes(10)).SetVaryByHost(false).SetVaryByQuery([]).Tag(PublicCache.Tag)));
            options.AddPolicy(SearchPolicy, policy => NotAdmin(policy.Expire(TimeSpan.FromSeconds(60)).SetVaryByHost(false).SetVaryByQuery([]).Tag(PublicCache.Tag, SearchTag)));
        });
        // PostConfigure: AddRazorPages, called later, replaces the convention collection.
        services.PostConfigure<RazorPagesOptions>(options => options.Conventions.Add(new PublicPagesConvention()));

        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            RedisFallbackStore.Register(services, redis,
                // Several sites (or test runs) may share one Redis: each keeps to its own key prefix.
                configuration["OutputCache:RedisInstanceName"] ?? "careerportal:");
        }
        // The skills check keeps each career's data in memory (Pages/Careers/SkillsCheck/CheckData.cs).
        services.AddMemoryCache();
        var searchEntries = configuration.GetValue("OutputCache:SearchEntries", 500);
        Decorate(services, (_, inner) => new SearchBudgetStore(inner, searchEntries, TimeProvider.System));
        return services;
    }

    /// <summary>Caches an endpoint outside the page folders (the read API's search) like the search
    /// page: under the search policy, its tags and budget, varying only by <paramref name="queryKeys"/>.</summary>
    public static TBuilder CacheSearch<TBuilder>(this TBuilder endpoint, params string[] queryKeys) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new OutputCacheAttribute { PolicyName = SearchPolicy, VaryByQueryKeys = queryKeys });

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
        var policy = page.ViewEnginePath.StartsWith("/Search/", StringComparison.OrdinalIgnoreCase) ? SearchPolicy : PublicCache.Policy;
        page.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = policy, VaryByQueryKeys = queryKeys });
    }

    private static OutputCachePolicyBuilder NotAdmin(OutputCachePolicyBuilder policy) =>
        policy.With(context => !context.HttpContext.Request.Path.StartsWithSegments(AdminArea.PathPrefix));

    /// <summary>Wraps the registered output-cache store (the built-in memory store, or Redis).</summary>
    internal static void Decorate(IServiceCollection services, Func<IServiceProvider, IOutputCacheStore, IOutputCacheStore> wrap)
    {
        var registered = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
        services.Remove(registered);
        services.AddSingleton(provider => wrap(provider, Create(provider, registered)));
    }

    internal static IOutputCacheStore Create(IServiceProvider provider, ServiceDescriptor service) =>
        (IOutputCacheStore)(service.ImplementationInstance
            ?? service.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, service.ImplementationType!));
}
