using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace CareerPortal.Web.Hosting;

/// <summary>Responses compressed once, when rendered: the output cache keeps one entry per
/// encoding (Brotli, gzip, none) and serves a hit's stored bytes as they are.</summary>
/// <remarks>The output cache does not vary by Accept-Encoding by itself (dotnet/aspnetcore#45998:
/// the first encoding cached is then served to every client). So each request's Accept-Encoding is
/// first reduced to the one encoding it will get, and that choice is part of every cache key; the
/// compression middleware, inside the cache, then picks exactly that encoding.</remarks>
public static class Compression
{
    private const string Brotli = "br";
    private const string Gzip = "gzip";
    private const string Identity = "identity";

    public static IServiceCollection AddResponseEncodings(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Public responses hold no secret a BREACH attack could find; the admin area, whose
            // forms carry antiforgery tokens, is never compressed (see UseResponseEncodings).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // Paid once per cache entry, not per request: the best ratio that still renders a page fast.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<OutputCacheOptions>(options => options.AddBasePolicy(new VaryByEncoding()));
        return services;
    }

    /// <summary>Before the output cache: the request asks for one encoding only.</summary>
    public static IApplicationBuilder UseOneEncodingPerRequest(this IApplicationBuilder app) => app.Use(static (context, next) =>
    {
        var headers = context.Request.Headers;
        headers.AcceptEncoding = Choose(headers.AcceptEncoding);
        return next(context);
    });

    /// <summary>After the output cache, so a hit is never compressed again.</summary>
    public static IApplicationBuilder UseResponseEncodings(this IApplicationBuilder app) =>
        app.UseWhen(static context => !context.Request.Path.StartsWithSegments(AdminArea.PathPrefix), static branch => branch.UseResponseCompression());

    /// <summary>Brotli when accepted, else gzip, else none (q=0 refuses a coding; * accepts any).</summary>
    internal static string Choose(Microsoft.Extensions.Primitives.StringValues acceptEncoding)
    {
        if (acceptEncoding.Count == 0 || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings))
        {
            return Identity;
        }
        double Quality(string name)
        {
            var coding = codings.FirstOrDefault(c => c.Value.Equals(name, StringComparison.OrdinalIgnoreCase))
                ?? codings.FirstOrDefault(c => c.Value.Equals("*", StringComparison.Ordinal));
            return coding is null ? 0 : coding.Quality ?? 1;
        }
        return Quality(Brotli) > 0 ? Brotli : Quality(Gzip) > 0 ? Gzip : Identity;
    }

    /// <summary>On every output-cached response: the chosen encoding is part of the key. A value,
    /// not a header rule, so a policy that varies by headers of its own does not replace it.</summary>
    private sealed class VaryByEncoding : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            context.CacheVaryByRules.VaryByValues[HeaderNames.AcceptEncoding] = context.HttpContext.Request.Headers.AcceptEncoding.ToString();
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}
