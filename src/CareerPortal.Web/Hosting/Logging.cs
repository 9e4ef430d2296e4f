using Serilog;
using Serilog.Formatting.Compact;

namespace CareerPortal.Web.Hosting;

public static class Logging
{
    /// <summary>Serilog from configuration; <c>Logging:Json=true</c> writes compact JSON for log
    /// collectors. No bootstrap logger: tests start several hosts, which it does not allow.</summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();
            if (builder.Configuration.GetValue<bool>("Logging:Json"))
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
        return builder;
    }

    /// <summary>One line per request; a client that hangs up mid-request is logged as that (499,
    /// Information, no stack trace), not as a server error with an exception.</summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging();
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
}
