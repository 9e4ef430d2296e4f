namespace CareerPortal.Web.Hosting;

/// <summary>Defence in depth on every response (public pages, admin, static files, errors and
/// the 429 page): a Content-Security-Policy that allows no inline script or style, so markup that
/// slipped past the sanitizer still cannot run; no MIME sniffing; no framing; no referrer to other
/// sites; no powerful browser features; and no Server header naming the web server.</summary>
public static class SecurityHeaders
{
    /// <summary>The one place the policy is written. The site needs only its own files: one
    /// stylesheet per area, one script (the admin preview, which fetches from the same origin),
    /// an SVG favicon. JSON-LD blocks are data, not script, so the policy does not apply to them.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>Where browsers send violation reports (configuration <c>Security:CspReportUri</c>;
    /// none by default). The browser tests point it at an endpoint of their own and fail on any report.</summary>
    public const string ReportUriSetting = "Security:CspReportUri";

    public static WebApplicationBuilder AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        return builder;
    }

    /// <summary>Call first: the headers are written as the response starts, so they survive
    /// the exception handler, status-code pages and redirects clearing the response.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var reportUri = app.Configuration[ReportUriSetting];
        var policy = string.IsNullOrEmpty(reportUri) ? ContentSecurityPolicy : $"{ContentSecurityPolicy}; report-uri {reportUri}";
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var (response, policy) = ((HttpResponse, string))state;
                var headers = response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = ReferrerPolicy;
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers.Remove("Server");
                headers.Remove("X-Powered-By");
                return Task.CompletedTask;
            }, (context.Response, policy));
            return next(context);
        });
        return app;
    }
}
