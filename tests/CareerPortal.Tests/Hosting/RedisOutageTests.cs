using System.Diagnostics;
using System.Net;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Accounts;
using CareerPortal.Web.Pages;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Hosting;

/// <summary>The shared Redis cache dies (kill -9) or hangs (SIGSTOP) under a running site: pages
/// keep coming at once from a local cache, an editor's save succeeds, readiness says "Degraded",
/// and when Redis is back the site returns to it, with the evictions it missed applied.</summary>
public sealed class RedisOutageTests : IDisposable
{
    private const string Email = "outage.editor@example.org";
    private const string Password = "amber kettle horizon";
    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(2);

    private readonly RedisServer _redis = new();
    private readonly TestApp _app = new();

    public RedisOutageTests()
    {
        _app.Settings["ConnectionStrings:Redis"] = _redis.Address;
        _app.Settings["OutputCache:RedisInstanceName"] = $"careerportal-test-{Guid.NewGuid():N}:";
    }

    [SkippableFact]
    public async Task Killed_redis_costs_milliseconds_saves_succeed_and_readiness_reports_it()
    {
        using var reader = _app.CreateClient();
        var editor = await SignInAsync();
        Assert.Equal("Healthy", await WaitForReadinessAsync(reader, "Healthy"));
        await reader.GetStringAsync("/tools");

        _redis.Kill();

        foreach (var page in new[] { "/tools", "/careers/test-analyst", "/tools", "/careers/test-analyst/skills" })
        {
            var clock = Stopwatch.StartNew();
            var response = await reader.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(clock.Elapsed < Stall, $"{page} took {clock.Elapsed} with Redis down");
        }
        var form = await Form.OpenAsync(editor, $"/admin/tools/{await ToolIdAsync()}/edit");
        var saved = await form.Set("Input.Summary", "Saved while Redis was down.").PostAsync();
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Contains("Saved", saved.Document.QuerySelector(".notice")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Contains("Saved while Redis was down.", await reader.GetStringAsync("/tools"), StringComparison.Ordinal);
        var ready = await reader.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", await ready.Content.ReadAsStringAsync());

        _redis.Start();

        Assert.Equal("Healthy", await WaitForReadinessAsync(reader, "Healthy"));
    }

    [SkippableFact]
    public async Task An_eviction_that_could_not_reach_a_hung_redis_is_applied_when_it_answers_again()
    {
        using var reader = _app.CreateClient();
        Assert.Equal("Healthy", await WaitForReadinessAsync(reader, "Healthy"));
        Assert.Contains("<h1>Test Analyst</h1>", await reader.GetStringAsync("/careers/test-analyst"), StringComparison.Ordinal);
        await using (var db = _app.NewDb())
        {
            await db.Careers.Where(c => c.Slug == "test-analyst").ExecuteUpdateAsync(c => c.SetProperty(x => x.Title, "Renamed Analyst"));
        }

        _redis.Freeze();
        var clock = Stopwatch.StartNew();
        await _app.Services.GetRequiredService<IOutputCacheStore>().EvictAllAsync(default);
        Assert.True(clock.Elapsed < Stall, $"eviction took {clock.Elapsed} with Redis hung");
        Assert.Contains("<h1>Renamed Analyst</h1>", await reader.GetStringAsync("/careers/test-analyst"), StringComparison.Ordinal);
        Assert.Equal("Degraded", await (await reader.GetAsync("/health/ready")).Content.ReadAsStringAsync());
        _redis.Thaw();

        Assert.Equal("Healthy", await WaitForReadinessAsync(reader, "Healthy"));
        // Back on Redis, which no longer holds the page cached before the rename.
        Assert.Contains("<h1>Renamed Analyst</h1>", await reader.GetStringAsync("/careers/test-analyst"), StringComparison.Ordinal);
    }

    private static async Task<string> WaitForReadinessAsync(HttpClient client, string expected)
    {
        var answer = "";
        for (var attempt = 0; attempt < 100 && answer != expected; attempt++)
        {
            answer = await (await client.GetAsync("/health/ready")).Content.ReadAsStringAsync();
            if (answer != expected)
            {
                await Task.Delay(100);
            }
        }
        return answer;
    }

    private async Task<int> ToolIdAsync()
    {
        await using var db = _app.NewDb();
        return await db.Tools.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
    }

    private async Task<HttpClient> SignInAsync()
    {
        using (var scope = _app.Services.CreateScope())
        {
            await Roles.EnsureAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = new IdentityUser { UserName = Email, Email = Email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Editor);
        }
        var client = _app.CreateClient();
        var result = await (await Form.OpenAsync(client, "/admin/account/sign-in"))
            .Set("Input.Email", Email).Set("Input.Password", Password).PostAsync();
        Assert.Equal("/admin", result.Path);
        return client;
    }

    public void Dispose()
    {
        _app.Dispose();
        _redis.Dispose();
    }
}
