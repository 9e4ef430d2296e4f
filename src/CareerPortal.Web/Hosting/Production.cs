using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

namespace CareerPortal.Web.Hosting;

/// <summary>Running behind a reverse proxy, as several instances: forwarded headers, HSTS and
/// HTTPS redirection and shared Data Protection keys.</summary>
public static class Production
{
    public static WebApplicationBuilder AddProductionHosting(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;

        // Forwarded headers are believed only from the proxies named here (loopback is always
        // trusted); anyone else could otherwise claim any client address or scheme.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Every hop is unwrapped while it comes from a trusted proxy (a TLS front end, then
            // nginx): with the default of one, every client behind two proxies shared one address,
            // so one sign-in rate-limit bucket. Unwrapping stops at the first untrusted address.
            options.ForwardLimit = configuration.GetValue<int?>("ForwardedHeaders:ForwardLimit");
            foreach (var proxy in List(configuration["ForwardedHeaders:KnownProxies"]))
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
            }
            foreach (var network in List(configuration["ForwardedHeaders:KnownNetworks"]))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed) ? parsed
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{network}' is not a CIDR range such as 10.0.0.0/8."));
            }
        });

        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        // The app itself listens on plain HTTP behind the proxy, so it cannot find its HTTPS port.
        builder.Services.AddHttpsRedirection(options => options.HttpsPort = configuration.GetValue("Https:Port", 443));

        // Antiforgery tokens and sign-in cookies must open on every instance and survive a
        // redeploy, so the key ring lives in a folder they share (a volume in docker-compose.yml).
        if (configuration["DataProtection:KeysPath"] is { Length: > 0 } keys)
        {
            builder.Services.AddDataProtection()
                .SetApplicationName("CareerPortal")
                .PersistKeysToFileSystem(new DirectoryInfo(keys));
        }
        return builder;
    }

    /// <summary>Call first in the pipeline, so every later middleware sees the client's address and scheme.</summary>
    public static WebApplication UseProductionHosting(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // HSTS is only sent on HTTPS requests (as the proxy reports them), so it is always safe.
            app.UseHsts();
            // Off by default: TLS usually ends at a proxy in front, which redirects to HTTPS itself.
            if (app.Configuration.GetValue<bool>("Https:Redirect"))
            {
                app.UseHttpsRedirection();
            }
        }
        return app;
    }

    private static string[] List(string? value) =>
        value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
