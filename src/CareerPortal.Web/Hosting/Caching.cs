namespace CareerPortal.Web.Hosting;

public static class Caching
{
    public const string PublicPolicy = "public";
    /// <summary>Every public page carries this tag; publishing evicts it.</summary>
    public const string PublicTag = "public";
    /// <summary>Search results: one entry per query text, kept briefly so that the cache cannot
    /// fill with every query ever typed.</summary>
    public const string SearchPolicy = "search";

    public static IServiceCollection AddPublicPageCaching(this IServiceCollection services)
    {
        // The admin area is never cached, even if a public policy were put on one of its pages.
        services.AddOutputCache(options =>
        {
            options.AddPolicy(PublicPolicy, policy => policy.Expire(TimeSpan.FromMinutes(10)).Tag(PublicTag)
                .With(context => !context.HttpContext.Request.Path.StartsWithSegments(AdminArea.PathPrefix)));
            options.AddPolicy(SearchPolicy, policy => policy.Expire(TimeSpan.FromSeconds(60)).SetVaryByQuery("q").Tag(PublicTag));
        });
        return services;
    }
}
