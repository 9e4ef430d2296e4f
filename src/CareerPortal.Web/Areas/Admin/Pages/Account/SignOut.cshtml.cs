using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CareerPortal.Web.Areas.Admin.Pages.Account;

/// <summary>Signing out changes state, so it is a POST; the GET asks. It renews the account's
/// security stamp, which every request checks, so a copy of the cookie (kept by a proxy, a
/// shared machine or a thief) no longer opens anything; the editor's other sessions end too.</summary>
public sealed class SignOutModel(SignInManager<IdentityUser> signIn) : AdminPage
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        Notice("You are signed out.");
        return RedirectToPage("SignIn");
    }
}
