using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Hosting;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CareerPortal.Web.Areas.Admin.Pages.Account;

[EnableRateLimiting(AdminArea.SignInLimit)]
public sealed class SignInModel(SignInManager<IdentityUser> signIn) : AdminPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [DataType(DataType.EmailAddress)]
        public string Email { get; set; } = "";

        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.Email).NotEmpty().WithMessage("Enter your email address.");
            RuleFor(i => i.Password).NotEmpty().WithMessage("Enter your password.");
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
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
        }
        ModelState.AddModelError("", result.IsLockedOut
            ? "This account is locked: after 5 wrong passwords it stays locked for 15 minutes, and an admin may have disabled it. Try again later or ask an admin."
            : "The email address or the password is wrong.");
        return Page();
    }
}
