namespace CareerPortal.Web.Hosting;

public static class Caching
{
    public const string PublicPolicy = "public";
    /// <summary>Every public page carries this tag; publishing evicts it.</summary>
    public const string PublicTag = "public";

    public static IServiceCollection AddPublicPageCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
            options.AddPolicy(PublicPolicy, policy => policy.Expire(TimeSpan.FromMinutes(10)).Tag(PublicTag)));
        return services;
    }
}
