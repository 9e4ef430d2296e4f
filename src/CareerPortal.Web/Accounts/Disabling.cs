using Microsoft.AspNetCore.Identity;

namespace CareerPortal.Web.Accounts;

/// <summary>A disabled account is one locked out for ever. Changing its security stamp ends its
/// sessions at once, because every request checks the stamp (see <c>AdminArea</c>).</summary>
public static class Disabling
{
    /// <summary>Lockouts after failed sign-ins end within minutes; a disabled account's never does.</summary>
    public static bool IsDisabled(IdentityUser user) => user.LockoutEnd is { } end && end.Year >= 9000;

    public static async Task<IdentityResult> DisableAsync(UserManager<IdentityUser> users, IdentityUser user)
    {
        var result = await users.SetLockoutEnabledAsync(user, true);
        if (result.Succeeded)
        {
            result = await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        }
        return result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result;
    }

    /// <summary>Enables a disabled account, or unlocks one locked by failed sign-ins.</summary>
    public static async Task<IdentityResult> EnableAsync(UserManager<IdentityUser> users, IdentityUser user)
    {
        var result = await users.SetLockoutEndDateAsync(user, null);
        return result.Succeeded ? await users.ResetAccessFailedCountAsync(user) : result;
    }
}
