using CareerPortal.Web.Accounts;
using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CareerPortal.Web.Areas.Admin.Pages.Users;

/// <summary>Disables an account (its sessions end at once) or enables it again, after asking.</summary>
public sealed class AccessModel(UserManager<IdentityUser> users) : AdminPage
{
    public string Email { get; private set; } = "";
    public bool IsDisabled { get; private set; }
    public bool IsLocked { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        await DescribeAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        await DescribeAsync(user);
        if (user.Id == users.GetUserId(User))
        {
            ModelState.AddModelError("", "You cannot disable your own account: ask another admin.");
            return Page();
        }
        var result = IsDisabled || IsLocked ? await Disabling.EnableAsync(users, user) : await Disabling.DisableAsync(users, user);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }
            return Page();
        }
        await AuditAsync(AuditActions.UserChange, IsDisabled || IsLocked ? $"Enabled the account {Email}." : $"Disabled the account {Email}.", HttpContext.RequestAborted);
        Notice(IsDisabled || IsLocked ? $"Enabled the account {Email}." : $"Disabled the account {Email}; it is signed out.");
        return RedirectToPage("Index");
    }

    private async Task DescribeAsync(IdentityUser user)
    {
        Email = user.Email ?? "";
        IsDisabled = Disabling.IsDisabled(user);
        IsLocked = !IsDisabled && await users.IsLockedOutAsync(user);
    }
}
