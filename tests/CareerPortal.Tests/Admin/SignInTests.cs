using System.Net;
using CareerPortal.Tests.Infrastructure;

namespace CareerPortal.Tests.Admin;

[Collection(AdminTests.Name)]
public sealed class SignInTests(AdminSite site)
{
    private const string Password = "eleven lemon trees";

    private static async Task<Form> SignInFormAsync(HttpClient client, string email, string password) =>
        (await Form.OpenAsync(client, "/admin/account/sign-in")).Set("Input.Email", email).Set("Input.Password", password);

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_which_part_was_wrong_and_keeps_the_email()
    {
        var client = site.Factory.CreateClient();

        var result = await (await SignInFormAsync(client, AdminSite.EditorEmail, "not the password at all")).PostAsync();

        Assert.Equal("/admin/account/sign-in", result.Path);
        Assert.Contains("The email address or the password is wrong", result.Document.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal(AdminSite.EditorEmail, result.Document.QuerySelector("#Input_Email")!.GetAttribute("value"));
        Assert.Null(result.Document.QuerySelector("#Input_Password")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Five_wrong_passwords_from_one_client_refuse_it_even_the_right_one()
    {
        await site.CreateUserAsync("forgetful@example.org", Password, "Editor");
        var client = site.Factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await (await SignInFormAsync(client, "forgetful@example.org", $"wrong guess number {i}")).PostAsync();
        }

        var result = await (await SignInFormAsync(client, "forgetful@example.org", Password)).PostAsync();

        Assert.Equal("/admin/account/sign-in", result.Path);
        Assert.Contains("15 minutes", result.Document.Text(".error-summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_returns_to_the_page_asked_for_but_never_to_another_site()
    {
        var client = site.Factory.CreateClient();
        var asked = await client.GetAsync("/admin/skills?q=test");
        Assert.Equal("/admin/account/sign-in", asked.RequestMessage!.RequestUri!.AbsolutePath);

        var result = await (await Form.ReadAsync(client, asked))
            .Set("Input.Email", AdminSite.EditorEmail).Set("Input.Password", AdminSite.EditorPassword).PostAsync();
        Assert.Equal("/admin/skills?q=test", result.Path);

        var other = site.Factory.CreateClient();
        var outside = await (await Form.OpenAsync(other, "/admin/account/sign-in?ReturnUrl=https%3A%2F%2Fevil.example%2F"))
            .Set("Input.Email", AdminSite.EditorEmail).Set("Input.Password", AdminSite.EditorPassword).PostAsync();
        Assert.Equal("/admin", outside.Path);
    }

    [Fact]
    public async Task Cookies_are_http_only_and_same_site_strict()
    {
        var client = site.Anonymous();
        var page = await client.GetAsync("/admin/account/sign-in");
        var form = await Form.ReadAsync(client, page);

        using var content = new FormUrlEncodedContent([new("Input.Email", AdminSite.EditorEmail), new("Input.Password", AdminSite.EditorPassword),
            new("__RequestVerificationToken", form.Get("__RequestVerificationToken")!)]);
        var signedIn = await client.PostAsync("/admin/account/sign-in", content);

        var cookies = page.Headers.GetValues("Set-Cookie").Concat(signedIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("careerportal-antiforgery=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("careerportal-admin=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("path=/", c, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Editors_change_their_own_password_and_their_other_sessions_end()
    {
        await site.CreateUserAsync("mover@example.org", Password, "Editor");
        var laptop = await site.SignInAsync("mover@example.org", Password);
        var phone = await site.SignInAsync("mover@example.org", Password);

        var wrong = await (await Form.OpenAsync(laptop, "/admin/account/password"))
            .Set("Input.CurrentPassword", "not my password").Set("Input.NewPassword", "twelve orange kites").PostAsync();
        Assert.Contains("current password is wrong", wrong.Document.Text("#Input_CurrentPassword-error"), StringComparison.Ordinal);
        var common = await (await Form.OpenAsync(laptop, "/admin/account/password"))
            .Set("Input.CurrentPassword", Password).Set("Input.NewPassword", "password1234").PostAsync();
        Assert.Contains("commonly used", common.Document.Text("#Input_NewPassword-error"), StringComparison.Ordinal);

        var changed = await (await Form.OpenAsync(laptop, "/admin/account/password"))
            .Set("Input.CurrentPassword", Password).Set("Input.NewPassword", "twelve orange kites").PostAsync();

        Assert.Equal("/admin", changed.Path);
        Assert.Equal("/admin", (await laptop.GetAsync("/admin")).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/admin/account/sign-in", (await phone.GetAsync("/admin")).RequestMessage!.RequestUri!.AbsolutePath);
        await site.SignInAsync("mover@example.org", "twelve orange kites");
    }
}

/// <summary>Outside Development and Testing the cookies are Secure and carry the __Host- prefix.</summary>
public sealed class ProductionCookieTests : IClassFixture<ProductionCookieTests.Site>
{
    public sealed class Site : IAsyncLifetime, IDisposable
    {
        public AdminSite Admin { get; } = new(attemptsPerMinute: 100, environment: "Production");
        public Task InitializeAsync() => Admin.InitializeAsync();
        public Task DisposeAsync() => Task.CompletedTask;
        public void Dispose() => Admin.Dispose();
    }

    private readonly AdminSite _site;

    public ProductionCookieTests(Site site) => _site = site.Admin;

    [Fact]
    public async Task Cookies_are_secure_with_the_host_prefix()
    {
        // Over https, as behind the TLS proxy: a browser (and this client) sends Secure cookies only there.
        var client = _site.Factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var page = await client.GetAsync("/admin/account/sign-in");
        var form = await Form.ReadAsync(client, page);
        using var content = new FormUrlEncodedContent([new("Input.Email", AdminSite.AdminEmail), new("Input.Password", AdminSite.AdminPassword),
            new("__RequestVerificationToken", form.Get("__RequestVerificationToken")!)]);

        var signedIn = await client.PostAsync("/admin/account/sign-in", content);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookies = page.Headers.GetValues("Set-Cookie").Concat(signedIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("__Host-careerportal-antiforgery=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("__Host-careerportal-admin=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("domain=", c, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }
}

/// <summary>Posting the sign-in form is limited per client address; showing it is not.</summary>
public sealed class SignInRateLimitTests : IClassFixture<SignInRateLimitTests.Site>
{
    public sealed class Site : IAsyncLifetime, IDisposable
    {
        public AdminSite Admin { get; } = new(attemptsPerMinute: 3);
        public Task InitializeAsync() => Admin.InitializeAsync();
        public Task DisposeAsync() => Task.CompletedTask;
        public void Dispose() => Admin.Dispose();
    }

    private readonly AdminSite _site;

    public SignInRateLimitTests(Site site) => _site = site.Admin;

    [Fact]
    public async Task The_fourth_attempt_in_a_minute_gets_a_friendly_429_page()
    {
        var client = _site.Anonymous();
        var statuses = new List<HttpStatusCode>();
        FormResult? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await (await Form.OpenAsync(client, "/admin/account/sign-in"))
                .Set("Input.Email", AdminSite.EditorEmail).Set("Input.Password", $"guess {i} is wrong").PostAsync();
            statuses.Add(last.Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("Too many sign-in attempts", last!.Document.Text("h1"));
        var again = await client.PostAsync("/admin/account/sign-in", new FormUrlEncodedContent([]));
        Assert.Equal("60", again.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/account/sign-in")).StatusCode);
    }
}
