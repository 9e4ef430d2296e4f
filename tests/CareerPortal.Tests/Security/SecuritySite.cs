using System.Net;
using CareerPortal.Tests.Admin;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Security;

/// <summary>The admin site as Kestrel would see it on one machine: every request comes from
/// 127.0.0.1 (the test server gives no address), so forwarded headers and per-address limits
/// behave as behind a local proxy.</summary>
public static class SecuritySite
{
    public static AdminSite Create(int attemptsPerMinute = 10_000, Dictionary<string, string?>? settings = null, string? environment = null,
        Action<IServiceCollection>? services = null) =>
        new(attemptsPerMinute, environment, builder =>
        {
            foreach (var (key, value) in settings ?? [])
            {
                builder.UseSetting(key, value);
            }
            builder.ConfigureServices(collection => collection.AddTransient<IStartupFilter, LoopbackPeer>());
            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        });

    private sealed class LoopbackPeer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>One <see cref="AdminSite"/> per test class, made by <see cref="SecuritySite"/>.</summary>
public abstract class SecuritySiteFixture : IAsyncLifetime, IDisposable
{
    protected SecuritySiteFixture(AdminSite site) => Site = site;
    public AdminSite Site { get; }
    public Task InitializeAsync() => Site.InitializeAsync();
    public Task DisposeAsync() => Task.CompletedTask;
    public void Dispose() => Site.Dispose();
}
