using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

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
/// A singleton (its hash is made once), so it owns a hasher with Identity's options rather than taking
/// Identity's scoped one, which Development's scope validation refuses.</summary>
public sealed class DummyPasswordCheck(IOptions<PasswordHasherOptions> options)
{
    private static readonly IdentityUser Nobody = new("nobody@invalid");
    private readonly PasswordHasher<IdentityUser> _hasher = new(options);
    private readonly Lazy<string> _hash = new(() => new PasswordHasher<IdentityUser>(options).HashPassword(Nobody, Guid.NewGuid().ToString()));

    public void Verify(string password) => _hasher.VerifyHashedPassword(Nobody, _hash.Value, password);
}
