using System.Net;
using CareerPortal.Tests.Admin;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Security;

/// <summary>Signing out ends the session for good (finding 3: a replayed cookie still opened
/// /admin), and the sign-in page says why a session ended without telling strangers anything.</summary>
[Collection(AdminTests.Name)]
public sealed class SessionTests(AdminSite site)
{
    private const string Password = "nine silver otters";

    /// <summary>Signs in without following redirects and returns the session cookie as sent back.</summary>
    private async Task<(HttpClient Client, string Cookie)> SignInAsync(string email)
    {
        var client = site.Anonymous();
        var form = await Form.OpenAsync(client, "/admin/account/sign-in");
        using var content = new FormUrlEncodedContent([new("Input.Email", email), new("Input.Password", Password),
            new("__RequestVerificationToken", form.Get("__RequestVerificationToken")!)]);
        var response = await client.PostAsync("/admin/account/sign-in", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("careerportal-admin=", StringComparison.Ordinal));
        return (client, cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    /// <summary>A request carrying only <paramref name="cookie"/>, as an attacker replaying it would send.</summary>
    private async Task<HttpResponseMessage> ReplayAsync(string cookie, string path = "/admin")
    {
        var client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_cookie_replayed_after_sign_out_opens_nothing()
    {
        await site.CreateUserAsync("replayed@example.org", Password, "Editor");
        var (client, cookie) = await SignInAsync("replayed@example.org");
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(cookie)).StatusCode);

        var signOut = await (await Form.OpenAsync(client, "/admin/account/sign-out")).PostAsync();
        Assert.Equal(HttpStatusCode.Redirect, signOut.Status);

        foreach (var path in new[] { "/admin", "/admin/skills", "/admin/careers/1/edit" })
        {
            var replayed = await ReplayAsync(cookie, path);
            Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
            Assert.Contains("/admin/account/sign-in", replayed.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_sign_in_page_says_why_a_session_ended()
    {
        await site.CreateUserAsync("ended@example.org", Password, "Editor");
        var (laptop, laptopCookie) = await SignInAsync("ended@example.org");
        var (_, phoneCookie) = await SignInAsync("ended@example.org");
        await (await Form.OpenAsync(laptop, "/admin/account/sign-out")).PostAsync();

        var renewed = await ReplayAsync(phoneCookie);
        Assert.EndsWith("&ended=" + SessionEnd.Renewed, renewed.Headers.Location!.ToString(), StringComparison.Ordinal);
        var page = await site.Anonymous().GetDocumentAsync(renewed.Headers.Location!.PathAndQuery);
        Assert.Contains("you signed out, or your password was changed", page.Text("main"), StringComparison.Ordinal);

        var (_, disabledCookie) = await SignInAsync("ended@example.org");
        using (var scope = site.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            await Disabling.DisableAsync(users, (await users.FindByEmailAsync("ended@example.org"))!);
        }
        var disabled = await ReplayAsync(disabledCookie);
        Assert.EndsWith("&ended=" + SessionEnd.Disabled, disabled.Headers.Location!.ToString(), StringComparison.Ordinal);

        // A cookie the site cannot open (expired, or from another key ring) counts as expired.
        var expired = await ReplayAsync("careerportal-admin=CfDJ8not-a-valid-ticket");
        Assert.EndsWith("&ended=" + SessionEnd.Expired, expired.Headers.Location!.ToString(), StringComparison.Ordinal);
        // Without a cookie nothing is said.
        var anonymous = await site.Anonymous().GetAsync("/admin");
        Assert.DoesNotContain("ended=", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.NotNull(laptopCookie);
    }
}

/// <summary>The Production build over plain http on localhost (finding 7: the sign-in page
/// answered 500 because antiforgery refused plain http).</summary>
public sealed class PlainHttpProductionTests : IClassFixture<PlainHttpProductionTests.Site>
{
    public sealed class Site() : SecuritySiteFixture(SecuritySite.Create(environment: "Production"));

    private readonly AdminSite _site;

    public PlainHttpProductionTests(Site site) => _site = site.Site;

    [Fact]
    public async Task The_sign_in_page_is_served_with_secure_host_cookies()
    {
        var client = _site.Anonymous();
        var page = await client.GetAsync("/admin/account/sign-in");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var cookie = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-careerportal-antiforgery=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("PUT", "/careers")]
    [InlineData("DELETE", "/careers/test-analyst")]
    [InlineData("TRACE", "/skills")]
    [InlineData("POST", "/")]
    public async Task Odd_methods_are_refused_cleanly(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("x") };
        var response = await _site.Anonymous().SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.NotEmpty(response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("PATCH", "/admin/account/sign-in")]
    [InlineData("PUT", "/admin/skills/new")]
    [InlineData("TRACE", "/admin")]
    public async Task Odd_methods_on_admin_pages_are_refused_without_an_error(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("x") };
        var response = await _site.Anonymous().SendAsync(request);

        Assert.InRange((int)response.StatusCode, 300, 499);
    }
}
