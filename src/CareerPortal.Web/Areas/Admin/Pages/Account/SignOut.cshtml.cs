using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CareerPortal.Web.Areas.Admin.Pages.Account;

/// <summary>Signing out changes state, so it is a POST; the GET asks.</summary>
public sealed class SignOutModel(SignInManager<IdentityUser> signIn) : AdminPage
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        Notice("You are signed out.");
        return RedirectToPage("SignIn");
    }
}
