using CareerPortal.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace CareerPortal.Tests.Hosting;

/// <summary>A page served from the output cache writes no Information line (a hit would otherwise
/// spend about as long logging as serving); a slow or failed request is always logged.</summary>
public sealed class RequestLogTests
{
    private static DefaultHttpContext Response(int status, bool fromCache)
    {
        var context = new DefaultHttpContext();
        context.Response.StatusCode = status;
        if (fromCache)
        {
            context.Response.Headers.Age = "3";
        }
        return context;
    }

    [Fact]
    public void A_cache_hit_is_logged_at_debug() =>
        Assert.Equal(LogEventLevel.Debug, Logging.Level(Response(200, fromCache: true), 0.2, null));

    [Fact]
    public void A_rendered_page_is_logged_at_information() =>
        Assert.Equal(LogEventLevel.Information, Logging.Level(Response(200, fromCache: false), 12, null));

    [Fact]
    public void A_slow_hit_is_a_warning() =>
        Assert.Equal(LogEventLevel.Warning, Logging.Level(Response(200, fromCache: true), Logging.SlowRequest.TotalMilliseconds + 1, null));

    [Fact]
    public void A_failure_is_an_error_even_from_the_cache()
    {
        Assert.Equal(LogEventLevel.Error, Logging.Level(Response(500, fromCache: false), 1, null));
        Assert.Equal(LogEventLevel.Error, Logging.Level(Response(200, fromCache: true), 1, new InvalidOperationException("boom")));
    }
}
