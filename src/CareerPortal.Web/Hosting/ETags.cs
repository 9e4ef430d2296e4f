using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace CareerPortal.Web.Hosting;

/// <summary>Revalidation for public pages: a weak ETag from a hash of the body, and 304 Not
/// Modified with no body when the client's If-None-Match names it.</summary>
/// <remarks>Runs inside the output cache (after <c>UseOutputCache</c>), so the ETag is computed
/// once when a page is rendered and is stored with it; for a page served from the cache, the
/// output cache itself compares If-None-Match with the stored ETag and answers 304.</remarks>
public static class ETags
{
    public static IApplicationBuilder UseETags(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!IsPublicRead(context))
        {
            await next(context);
            return;
        }
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.ETag)
            && !response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            var etag = new EntityTagHeaderValue($"\"{Hash(buffer)}\"", isWeak: true);
            response.Headers.ETag = etag.ToString();
            if (Matches(context.Request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    });

    /// <summary>Public pages are the output-cached ones: anonymous GETs, the same for everyone
    /// (a page that opts out of the cache, such as the private skills check, gets no ETag either).</summary>
    private static bool IsPublicRead(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.GetEndpoint()?.Metadata is { } metadata
        && (metadata.GetMetadata<OutputCacheAttribute>() is { NoStore: false } || metadata.GetMetadata<IOutputCachePolicy>() is not null);

    private static string Hash(MemoryStream body) =>
        Convert.ToHexStringLower(SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length))[..16]);

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
}
