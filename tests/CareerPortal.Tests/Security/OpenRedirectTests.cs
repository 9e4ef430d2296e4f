using System.Net;
using CareerPortal.Tests.Admin;
using CareerPortal.Tests.Infrastructure;

namespace CareerPortal.Tests.Security;

/// <summary>No address the site answers with leads to another site: not the canonical-path
/// redirect (finding 1: <c>//evil.example/x/</c> was sent to <c>//evil.example/x</c>), not the
/// return after sign-in.</summary>
[Collection(AdminTests.Name)]
public sealed class OpenRedirectTests(AdminSite site)
{
    private static readonly Uri Origin = new("https://careers.example.org/some/page");

    /// <summary>A Location stays on this site however a browser reads it (a backslash as a slash).</summary>
    internal static void AssertStaysHere(string? location, string because)
    {
        if (location is null)
        {
            return;
        }
        var asBrowser = location.Replace('\\', '/');
        Assert.False(asBrowser.StartsWith("//", StringComparison.Ordinal) || asBrowser.Contains("evil.example", StringComparison.OrdinalIgnoreCase)
            && !asBrowser.StartsWith('/'), $"{because}: Location {location}");
        var target = new Uri(Origin, asBrowser);
        Assert.True(target.Host == Origin.Host, $"{because}: Location {location} leads to {target.Host}");
    }

    public static TheoryData<string> Paths => new(AttackCorpus.RedirectPaths);

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_path_is_never_redirected_to_another_site(string path)
    {
        var client = site.Anonymous();
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            using var request = new HttpRequestMessage(method, new Uri("http://localhost" + path, UriKind.Absolute));
            var response = await client.SendAsync(request);

            Assert.True((int)response.StatusCode < 500, $"{method} {path}: {(int)response.StatusCode}");
            AssertStaysHere(response.Headers.Location?.OriginalString, $"{method} {path}");
        }
    }

    [Fact]
    public async Task The_probe_path_is_answered_with_a_local_address()
    {
        var response = await site.Anonymous().SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("http://localhost//evil.example/x/")));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/evil.example/x", response.Headers.Location?.OriginalString);
    }

    public static TheoryData<string> HostileReturnUrls => new(AttackCorpus.ReturnUrls);

    [Theory]
    [MemberData(nameof(HostileReturnUrls))]
    public void A_hostile_return_url_falls_back_to_the_admin_home(string returnUrl)
    {
        Assert.Equal(CareerPortal.Web.Accounts.ReturnUrls.AdminHome, CareerPortal.Web.Accounts.ReturnUrls.Safe(returnUrl));
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/skills?q=test")]
    [InlineData("/admin/careers/1/edit")]
    [InlineData("/admin/sections/new?careerId=2#body")]
    public void Admin_pages_are_returned_to(string returnUrl) =>
        Assert.Equal(returnUrl, CareerPortal.Web.Accounts.ReturnUrls.Safe(returnUrl));

    [Fact]
    public async Task Signing_in_with_the_probes_return_urls_lands_on_the_admin_home()
    {
        foreach (var returnUrl in AttackCorpus.ReturnUrls.Take(8))
        {
            var client = site.Anonymous();
            var form = await Form.OpenAsync(client, "/admin/account/sign-in?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
            using var content = new FormUrlEncodedContent([new("Input.Email", AdminSite.EditorEmail), new("Input.Password", AdminSite.EditorPassword),
                new("ReturnUrl", form.Get("ReturnUrl") ?? ""), new("__RequestVerificationToken", form.Get("__RequestVerificationToken")!)]);

            var response = await client.PostAsync("/admin/account/sign-in", content);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(CareerPortal.Web.Accounts.ReturnUrls.AdminHome, response.Headers.Location?.OriginalString);
        }
    }
}
