using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace CareerPortal.Web.Accounts;

/// <summary>Wrong passwords counted per client address and account. After
/// <see cref="AttemptsPerClient"/> wrong passwords one client may not try that account again for
/// <see cref="Pause"/>, while the account itself stays open to everyone else: a stranger who
/// knows an editor's address can no longer lock the editor out with five posts. The account-wide
/// lockout (Identity, <see cref="AccountLockoutAttempts"/> wrong passwords from anywhere) remains
/// as the longer-term limit against guessing from many addresses.</summary>
public sealed class SignInThrottle : IDisposable
{
    // Its own bounded cache: posts with ever new addresses cannot grow it without limit (when it
    // is full, the account-wide lockout still applies).
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>The rate limit on the sign-in and change-password forms (posts per client address per minute).</summary>
    public const string RateLimitPolicy = "sign-in";

    public const int AttemptsPerClient = 5;
    public const int AccountLockoutAttempts = 20;
    public static readonly TimeSpan Pause = TimeSpan.FromMinutes(15);

    public bool IsPaused(IPAddress? client, string account) =>
        _cache.TryGetValue(Key(client, account), out Counter? counter) && counter!.Count >= AttemptsPerClient;

    public void Failed(IPAddress? client, string account)
    {
        var counter = _cache.GetOrCreate(Key(client, account), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Pause;
            entry.Size = 1;
            return new Counter();
        })!;
        Interlocked.Increment(ref counter.Count);
    }

    public void Succeeded(IPAddress? client, string account) => _cache.Remove(Key(client, account));

    private static string Key(IPAddress? client, string account) =>
        $"sign-in-failures:{client}:{account.Trim().ToUpperInvariant()}";

    public void Dispose() => _cache.Dispose();

    private sealed class Counter
    {
        public int Count;
    }
}

/// <summary>A password check that costs the same whether or not the account exists, is locked
/// or is disabled: without it the time of a wrong answer tells a prober which addresses are accounts.
/// Scoped like Identity's hasher, which it verifies with; the hash it checks against is made once
/// (default options, as the site's own accounts use), so an unknown account costs one verification.</summary>
public sealed class DummyPasswordCheck(IPasswordHasher<IdentityUser> hasher)
{
    private static readonly IdentityUser Nobody = new("nobody@invalid");
    private static readonly Lazy<string> Hash = new(() => new PasswordHasher<IdentityUser>().HashPassword(Nobody, Guid.NewGuid().ToString()));

    public void Verify(string password) => hasher.VerifyHashedPassword(Nobody, Hash.Value, password);
}
