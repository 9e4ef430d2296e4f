using CareerPortal.Tests.Admin;
using CareerPortal.Web.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerPortal.Tests.Security;

/// <summary>Every kind of response carries the defence-in-depth headers.</summary>
[Collection(AdminTests.Name)]
public sealed class SecurityHeadersTests(AdminSite site)
{
    public static TheoryData<string, string, int> Responses => new()
    {
        { "public page", "/careers/test-analyst", 200 },
        { "home", "/", 200 },
        { "static file", "/site.css", 200 },
        { "not found", "/no/such/page", 404 },
        { "canonical redirect", "/Careers/", 301 },
        { "sign-in", "/admin/account/sign-in", 200 },
        { "admin, anonymous", "/admin/skills", 302 },
        { "health", "/health/live", 200 },
        { "sitemap", "/sitemap.xml", 200 },
        { "odd method", "TRACE /careers/test-analyst", 405 },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_headers(string what, string request, int status)
    {
        var parts = request.Split(' ');
        using var message = parts.Length == 2 ? new HttpRequestMessage(new HttpMethod(parts[0]), parts[1]) : new HttpRequestMessage(HttpMethod.Get, request);
        var response = await site.Anonymous().SendAsync(message);

        Assert.True((int)response.StatusCode == status, $"{what}: {(int)response.StatusCode}");
        AssertHeaders(response);
    }

    [Fact]
    public async Task Signed_in_admin_pages_carry_the_headers()
    {
        var admin = await site.AdminAsync();
        AssertHeaders(await admin.GetAsync("/admin/sections/new"));
        AssertHeaders(await admin.GetAsync("/admin/users"));
    }

    [Fact]
    public void The_policy_allows_no_inline_or_evaluated_code()
    {
        var policy = SecurityHeaders.ContentSecurityPolicy;
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("data:", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("*", policy, StringComparison.Ordinal);
        foreach (var directive in new[] { "default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'" })
        {
            Assert.Contains(directive, policy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Kestrel_sends_no_server_header()
    {
        var kestrel = site.Factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;
        Assert.False(kestrel.AddServerHeader);
    }

    internal static void AssertHeaders(HttpResponseMessage response)
    {
        var path = response.RequestMessage?.RequestUri?.PathAndQuery;
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"{path}: no CSP");
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(csp));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal(SecurityHeaders.ReferrerPolicy, Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal(SecurityHeaders.PermissionsPolicy, Assert.Single(response.Headers.GetValues("Permissions-Policy")));
        Assert.False(response.Headers.Contains("Server"), $"{path}: Server header sent");
    }
}
