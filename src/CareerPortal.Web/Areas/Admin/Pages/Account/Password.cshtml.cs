using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Accounts;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CareerPortal.Web.Areas.Admin.Pages.Account;

/// <summary>Any signed-in editor changes their own password here.</summary>
public sealed class PasswordModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn) : AdminPage
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
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Input.CurrentPassword" : "Input.NewPassword",
                    error.Code == "PasswordMismatch" ? "Your current password is wrong." : error.Description);
            }
            return Page();
        }
        // The stamp changed with the password: sign in again so this session carries the new one.
        await signIn.RefreshSignInAsync(user);
        Notice("Your password is changed. Your other sessions are signed out.");
        return RedirectToPage("/Index");
    }
}
