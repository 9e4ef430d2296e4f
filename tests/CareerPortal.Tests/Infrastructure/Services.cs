namespace CareerPortal.Tests.Infrastructure;

/// <summary>Servers some tests need. On a developer's machine a missing one skips the test with
/// the reason; under CI=true (where .ci/run installs and starts them) it fails the test.</summary>
public static class Services
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string Redis()
    {
        var address = Environment.GetEnvironmentVariable("CAREERPORTAL_TEST_REDIS");
        if (address is null)
        {
            const string reason = "Redis is not available: start redis-server and set CAREERPORTAL_TEST_REDIS=host:port (.ci/run does both)";
            Assert.False(InCi, reason);
            Skip.If(true, reason);
        }
        return address!;
    }

    /// <summary>Settings that put a test host on the test Redis, under a key prefix of its own
    /// so tests running at the same time cannot serve each other's cached pages.</summary>
    public static Dictionary<string, string?> RedisSettings(string prefix) => new()
    {
        ["ConnectionStrings:Redis"] = Redis(),
        ["OutputCache:RedisInstanceName"] = $"careerportal-test-{prefix}:",
    };
}
