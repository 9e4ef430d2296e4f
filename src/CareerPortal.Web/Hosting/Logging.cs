using Microsoft.Net.Http.Headers;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace CareerPortal.Web.Hosting;

public static class Logging
{
    /// <summary>Serilog from configuration; <c>Logging:Json=true</c> writes compact JSON for log
    /// collectors. No bootstrap logger: tests start several hosts, which it does not allow. Nor the
    /// static logger: each host logs through its own, so one host's lines never reach another's sinks.</summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext()
                .Filter.ByExcluding(IsPrivateRequestStart);
            if (builder.Configuration.GetValue<bool>("Logging:Json"))
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        }, preserveStaticLogger: true);
        return builder;
    }

    /// <summary>Slower than this, a request is logged as a warning whatever it was.</summary>
    public static readonly TimeSpan SlowRequest = TimeSpan.FromMilliseconds(500);

    /// <summary>Pages whose query string is a reader's private answers (the skills check).</summary>
    public static bool IsPrivatePath(string? path) =>
        path is not null && path.EndsWith("/skills-check", StringComparison.OrdinalIgnoreCase);

    /// <summary>ASP.NET Core's own "Request starting" line (Information, when Microsoft's level is
    /// lowered to see it) writes the query string: for a private page it is left out altogether,
    /// and the request-logging line (path only) still records the request.</summary>
    private static bool IsPrivateRequestStart(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("QueryString", out var query) && query.ToString() is { Length: > 2 }
        && logEvent.Properties.TryGetValue("Path", out var path) && path is ScalarValue { Value: string text } && IsPrivatePath(text);

    /// <summary>One line per request, except a page served from the output cache: a read that costs
    /// about what serving a file does would otherwise spend as much again writing its log line (a
    /// hit is still logged at Debug, and as a warning or error when slow or failed). A client that
    /// hangs up mid-request is logged as that (499, Information, no stack trace), not as a server
    /// error with an exception. The query string is never logged: the skills check's
    /// answers travel in it.</summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.GetLevel = Level;
            options.IncludeQueryInRequestPath = false;
            // This host's logger: the static one is left alone (see AddSerilogLogging).
            options.Logger = app.Services.GetService<Serilog.ILogger>();
        });
        app.Use(static async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                if (!context.Response.HasStarted)
                {
                    context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
                }
            }
        });
        return app;
    }

    internal static LogEventLevel Level(HttpContext context, double elapsedMilliseconds, Exception? error) =>
        error is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : elapsedMilliseconds > SlowRequest.TotalMilliseconds ? LogEventLevel.Warning
        // The output cache sets Age on every response it serves from a stored entry, and only then.
        : context.Response.Headers.ContainsKey(HeaderNames.Age) ? LogEventLevel.Debug
        : LogEventLevel.Information;
}
