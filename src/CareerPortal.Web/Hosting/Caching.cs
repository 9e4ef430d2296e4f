namespace CareerPortal.Web.Hosting;

public static class Caching
{
    public const string PublicPolicy = "public";
    /// <summary>Every public page carries this tag; publishing evicts it.</summary>
    public const string PublicTag = "public";

    public static IServiceCollection AddPublicPageCaching(this IServiceCollection services)
    {
        // The admin area is never cached, even if a public policy were put on one of its pages.
        services.AddOutputCache(options =>
            options.AddPolicy(PublicPolicy, policy => policy.Expire(TimeSpan.FromMinutes(10)).Tag(PublicTag)
                .With(context => !context.HttpContext.Request.Path.StartsWithSegments(AdminArea.PathPrefix))));
        return services;
    }
}
