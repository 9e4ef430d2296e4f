using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Accounts;
using CareerPortal.Web.Data;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CareerPortal.Web.Areas.Admin.Pages.Account;

/// <summary>Any signed-in editor changes their own password here. Wrong current passwords count
/// as wrong sign-ins (the same per-client pause and account lockout), so a session left open
/// cannot be used to guess the password.</summary>
[EnableRateLimiting(SignInThrottle.RateLimitPolicy)]
public sealed class PasswordModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, SignInThrottle throttle) : AdminPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [DataType(DataType.Password), Display(Name = "Current password")]
        public string CurrentPassword { get; set; } = "";

        [DataType(DataType.Password), Display(Name = "New password", Description = "At least 12 characters. A few random words make a strong password that is easy to type.")]
        public string NewPassword { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
            RuleFor(i => i.NewPassword).NotEmpty().WithMessage("Enter a new password.")
                .MinimumLength(12).WithMessage("Use at least 12 characters.")
                .MaximumLength(PasswordPolicy.MaximumLength);
        }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(new InputValidator(), Input, cancellationToken))
        {
            return Page();
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var client = HttpContext.Connection.RemoteIpAddress;
        var account = user.Email ?? user.Id;
        if (throttle.IsPaused(client, account))
        {
            ModelState.AddModelError("Input.CurrentPassword", "Too many wrong passwords: wait 15 minutes, then try again.");
            return Page();
        }
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Input.CurrentPassword" : "Input.NewPassword",
                    error.Code == "PasswordMismatch" ? "Your current password is wrong." : error.Description);
            }
            if (result.Errors.Any(e => e.Code == "PasswordMismatch"))
            {
                throttle.Failed(client, account);
                await users.AccessFailedAsync(user);
            }
            return Page();
        }
        throttle.Succeeded(client, account);
        // The stamp changed with the password: sign in again so this session carries the new one.
        await signIn.RefreshSignInAsync(user);
        await AuditAsync(AuditActions.UserChange, "Changed their own password.", cancellationToken);
        Notice("Your password is changed. Your other sessions are signed out.");
        return RedirectToPage("/Index");
    }
}
