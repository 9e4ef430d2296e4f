using System.Net;
using CareerPortal.Tests.Admin;
using CareerPortal.Tests.Infrastructure;

namespace CareerPortal.Tests.Security;

/// <summary>Behind a TLS front end and nginx, the sign-in rate limit counts each client on its own
/// (finding 4: only one forwarded hop was unwrapped, so every client shared the proxy's bucket).</summary>
public sealed class ProxyChainTests : IClassFixture<ProxyChainTests.Site>
{
    private const string Nginx = "10.0.0.2";
    private const string TlsFrontEnd = "172.30.42.1";

    public sealed class Site() : SecuritySiteFixture(SecuritySite.Create(attemptsPerMinute: 3, settings: new()
    {
        ["ForwardedHeaders:KnownProxies"] = Nginx,
        ["ForwardedHeaders:KnownNetworks"] = "172.30.42.0/24",
    }));

    private readonly AdminSite _site;

    public ProxyChainTests(Site site) => _site = site.Site;

    /// <summary>A sign-in post as it reaches the app: from the local proxy, with the chain in X-Forwarded-For.</summary>
    private async Task<HttpStatusCode> PostThroughProxiesAsync(string client, string password)
    {
        var http = _site.Anonymous();
        var form = await Form.OpenAsync(http, "/admin/account/sign-in");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/account/sign-in")
        {
            Content = new FormUrlEncodedContent([new("Input.Email", AdminSite.AdminEmail), new("Input.Password", password),
                new("__RequestVerificationToken", form.Get("__RequestVerificationToken")!)]),
        };
        request.Headers.Add("X-Forwarded-For", $"{client}, {TlsFrontEnd}, {Nginx}");
        return (await http.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task Two_clients_behind_two_proxies_have_their_own_buckets()
    {
        var attacker = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            attacker.Add(await PostThroughProxiesAsync("203.0.113.7", $"wrong guess {i}"));
        }

        var admin = await PostThroughProxiesAsync("198.51.100.9", AdminSite.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, attacker[^1]);
        Assert.Equal(HttpStatusCode.Redirect, admin);
    }

    [Fact]
    public async Task An_address_claimed_by_an_untrusted_hop_is_not_believed()
    {
        // The chain stops at 192.0.2.50, which no setting trusts: clients claiming different
        // addresses behind it share its bucket.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var http = _site.Anonymous();
            var form = await Form.OpenAsync(http, "/admin/account/sign-in");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/account/sign-in")
            {
                Content = new FormUrlEncodedContent([new("Input.Email", "nobody@example.org"), new("Input.Password", "wrong"),
                    new("__RequestVerificationToken", form.Get("__RequestVerificationToken")!)]),
            };
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i}, 192.0.2.50, {Nginx}");
            statuses.Add((await http.SendAsync(request)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
