using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Accounts;
using CareerPortal.Web.Data;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CareerPortal.Web.Areas.Admin.Pages.Users;

/// <summary>An admin sets a new password for someone who lost theirs; their sessions end.</summary>
public sealed class PasswordModel(UserManager<IdentityUser> users) : AdminPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Email { get; private set; } = "";

    public sealed class InputModel
    {
        [DataType(DataType.Password), Display(Name = "New password", Description = "At least 12 characters; give it to them in person or by phone.")]
        public string Password { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.Password).NotEmpty().WithMessage("Enter a new password.")
                .MinimumLength(12).WithMessage("Use at least 12 characters.")
                .MaximumLength(PasswordPolicy.MaximumLength);
        }
    }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        Email = user.Email ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        Email = user.Email ?? "";
        if (user.Id == users.GetUserId(User))
        {
            ModelState.AddModelError("", "To change your own password, use 'Change your password' (your name at the top).");
            return Page();
        }
        if (!await ValidateAsync(new InputValidator(), Input, cancellationToken))
        {
            return Page();
        }
        // A reset token from Identity's own provider: ResetPasswordAsync validates the new password
        // and renews the security stamp, which ends the account's sessions.
        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input.Password", error.Description);
            }
            return Page();
        }
        await AuditAsync(AuditActions.UserChange, $"Set a new password for {Email}.", cancellationToken);
        Notice($"Set a new password for {Email}; their sessions are signed out.");
        return RedirectToPage("Index");
    }
}
