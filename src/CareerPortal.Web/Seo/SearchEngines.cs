using CareerPortal.Web.Data;
using CareerPortal.Web.Pages;
using Microsoft.Extensions.Options;

namespace CareerPortal.Web.Seo;

public static class SearchEngines
{
    /// <summary>Binds <c>Site</c> (the public base URL every absolute link is built from) and
    /// registers the JSON-LD writer the layout uses.</summary>
    public static IServiceCollection AddSearchEngines(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>()
            .Bind(configuration.GetSection(SiteOptions.Section))
            .Validate(site => site.BaseUrl is { IsAbsoluteUri: true, AbsolutePath: "/", Query: "" } && site.BaseUrl.Scheme is "http" or "https",
                "Site:BaseUrl must be an absolute http or https address without a path, such as https://careers.example.org")
            .ValidateOnStart();
        services.AddSingleton<JsonLd>();
        return services;
    }

    /// <summary>/sitemap.xml, cached and evicted with the public pages; /robots.txt.</summary>
    public static void MapSearchEngines(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", async (CareerDb db, IOptions<SiteOptions> site, CancellationToken cancellationToken) =>
                Results.Bytes(Sitemap.Write(await Sitemap.EntriesAsync(db, cancellationToken), site.Value), "application/xml; charset=utf-8"))
            .CacheOutput(PublicCache.Policy);
        endpoints.MapGet("/robots.txt", (IOptions<SiteOptions> site) => Results.Text(Robots.Text(site.Value), "text/plain; charset=utf-8"))
            .CacheOutput(PublicCache.Policy);
    }
}
