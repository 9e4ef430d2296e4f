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
}
