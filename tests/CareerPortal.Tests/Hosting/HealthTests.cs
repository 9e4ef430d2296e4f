using CareerPortal.Tests.Infrastructure;

namespace CareerPortal.Tests.Hosting;

public sealed class HealthTests
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_report_healthy(string path)
    {
        using var app = new TestApp();
        using var client = app.CreateClient();

        var response = await client.GetAsync(path);

        response.EnsureSuccessStatusCode();
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_fails_when_the_database_is_gone()
    {
        using var app = new TestApp();
        using var client = app.CreateClient();
        Assert.True((await client.GetAsync("/health/ready")).IsSuccessStatusCode);
        await using (var db = app.NewDb())
        {
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, "DROP TABLE \"__EFMigrationsHistory\"");
        }

        var response = await client.GetAsync("/health/ready");

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True((await client.GetAsync("/health/live")).IsSuccessStatusCode);
    }
}
