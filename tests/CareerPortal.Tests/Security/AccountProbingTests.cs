using CareerPortal.Tests.Admin;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Accounts;
using CareerPortal.Web.Areas.Admin.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Security;

/// <summary>Finding 6: the answer to a sign-in (its words and the work behind it) no longer
/// tells a prober which addresses are accounts, and a stranger can no longer lock an editor out.</summary>
public sealed class AccountProbingTests : IClassFixture<AccountProbingTests.Site>
{
    private const string Password = "four amber windmills";

    /// <summary>Counts password hashes checked: the costly step whose absence gave unknown accounts away.</summary>
    public sealed class CountingHasher : IPasswordHasher<IdentityUser>
    {
        private readonly PasswordHasher<IdentityUser> _inner = new();
        private int _verified;
        public int Verified => _verified;
        public string HashPassword(IdentityUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verified);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    public sealed class Site() : SecuritySiteFixture(SecuritySite.Create(services: services => services.AddSingleton<IPasswordHasher<IdentityUser>>(Hasher)))
    {
        public static readonly CountingHasher Hasher = new();
    }

    private readonly AdminSite _site;

    public AccountProbingTests(Site site) => _site = site.Site;

    private async Task<FormResult> SignInAsync(string email, string password, string? client = null)
    {
        var http = _site.Factory.CreateClient();
        if (client is not null)
        {
            http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        }
        return await (await Form.OpenAsync(http, "/admin/account/sign-in")).Set("Input.Email", email).Set("Input.Password", password).PostAsync();
    }

    private static async Task<int> HashesCheckedAsync(Func<Task> action)
    {
        var before = Site.Hasher.Verified;
        await action();
        return Site.Hasher.Verified - before;
    }

    [Fact]
    public async Task Unknown_wrong_locked_and_disabled_accounts_get_the_same_words_after_the_same_work()
    {
        await _site.CreateUserAsync("probed@example.org", Password, "Editor");
        await _site.CreateUserAsync("disabled.probe@example.org", Password, "Editor");
        using (var scope = _site.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            await Disabling.DisableAsync(users, (await users.FindByEmailAsync("disabled.probe@example.org"))!);
        }
        var answers = new Dictionary<string, string>();
        foreach (var (what, email) in new[] { ("unknown", "nobody.here@example.org"), ("wrong", "probed@example.org"), ("disabled", "disabled.probe@example.org") })
        {
            FormResult? result = null;
            var hashes = await HashesCheckedAsync(async () => result = await SignInAsync(email, "not the password", "192.0.2.1"));
            Assert.True(hashes == 1, $"{what}: {hashes} password hashes checked");
            answers[what] = result!.Document.Text(".error-summary");
        }
        // Locked for this client after five wrong passwords: still the same words and work.
        for (var i = 0; i < SignInThrottle.AttemptsPerClient; i++)
        {
            await SignInAsync("probed@example.org", $"wrong {i}", "192.0.2.2");
        }
        FormResult? locked = null;
        Assert.Equal(1, await HashesCheckedAsync(async () => locked = await SignInAsync("probed@example.org", Password, "192.0.2.2")));
        answers["locked"] = locked!.Document.Text(".error-summary");

        Assert.All(answers, a => Assert.Contains(SignInModel.RefusedMessage, a.Value, StringComparison.Ordinal));
        Assert.Single(answers.Values.Distinct());
    }

    [Fact]
    public async Task Five_wrong_passwords_from_a_stranger_do_not_lock_the_editor_out()
    {
        await _site.CreateUserAsync("targeted@example.org", Password, "Editor");
        for (var i = 0; i < SignInThrottle.AttemptsPerClient + 2; i++)
        {
            await SignInAsync("targeted@example.org", $"stranger guess {i}", "203.0.113.66");
        }

        var stranger = await SignInAsync("targeted@example.org", Password, "203.0.113.66");
        var editor = await SignInAsync("targeted@example.org", Password, "198.51.100.20");

        Assert.Equal("/admin/account/sign-in", stranger.Path);
        Assert.Equal("/admin", editor.Path);
    }

    [Fact]
    public async Task Many_wrong_passwords_from_many_addresses_lock_the_account()
    {
        await _site.CreateUserAsync("besieged@example.org", Password, "Editor");
        for (var i = 0; i < SignInThrottle.AccountLockoutAttempts; i++)
        {
            await SignInAsync("besieged@example.org", $"botnet guess {i}", $"198.51.100.{100 + i / 4}");
        }

        var owner = await SignInAsync("besieged@example.org", Password, "192.0.2.200");

        Assert.Equal("/admin/account/sign-in", owner.Path);
        await using var db = _site.NewDb();
        Assert.True(db.Users.Single(u => u.Email == "besieged@example.org").LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(10));
    }

    [Fact]
    public async Task The_change_password_form_stops_after_five_wrong_current_passwords()
    {
        await _site.CreateUserAsync("guessed@example.org", Password, "Editor");
        var session = await _site.SignInAsync("guessed@example.org", Password);
        for (var i = 0; i < SignInThrottle.AttemptsPerClient; i++)
        {
            var wrong = await (await Form.OpenAsync(session, "/admin/account/password"))
                .Set("Input.CurrentPassword", $"guess number {i}").Set("Input.NewPassword", "twelve yellow kites").PostAsync();
            Assert.Contains("current password is wrong", wrong.Document.Text("#Input_CurrentPassword-error"), StringComparison.Ordinal);
        }

        var right = await (await Form.OpenAsync(session, "/admin/account/password"))
            .Set("Input.CurrentPassword", Password).Set("Input.NewPassword", "twelve yellow kites").PostAsync();

        Assert.Contains("Too many wrong passwords", right.Document.Text("#Input_CurrentPassword-error"), StringComparison.Ordinal);
        await using var db = _site.NewDb();
        Assert.Equal(SignInThrottle.AttemptsPerClient, db.Users.Single(u => u.Email == "guessed@example.org").AccessFailedCount);
    }
}
