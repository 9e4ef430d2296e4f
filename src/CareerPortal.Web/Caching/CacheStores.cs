using Microsoft.AspNetCore.OutputCaching;

namespace CareerPortal.Web.Caching;

/// <summary>Layers of the output-cache store: the registered store (memory or Redis) wrapped by
/// the fallback and the search budget.</summary>
internal static class CacheStores
{
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
