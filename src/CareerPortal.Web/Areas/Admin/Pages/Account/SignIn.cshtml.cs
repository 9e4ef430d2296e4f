using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Accounts;
using CareerPortal.Web.Data;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CareerPortal.Web.Areas.Admin.Pages.Account;

/// <summary>Sign-in answers an unknown address, a wrong password, a locked and a disabled
/// account with the same words after the same work (one password hash checked), so a prober
/// learns nothing about which addresses are accounts.</summary>
[EnableRateLimiting(SignInThrottle.RateLimitPolicy)]
public sealed class SignInModel(SignInManager<IdentityUser> signIn, SignInThrottle throttle, DummyPasswordCheck dummy) : AdminPage
{
    public const string RefusedMessage = "The email address or the password is wrong, or the account is locked for now "
        + "(after several wrong passwords it waits 15 minutes; an admin may also have disabled it). Try again later, or ask an admin.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last session ended (set by the cookie events when they send a request
    /// back here); only shown, never used to decide anything.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Ended { get; set; }

    public string? EndedMessage => SessionEnd.Message(Ended);

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
            RuleFor(i => i.Email).NotEmpty().WithMessage("Enter your email address.").MaximumLength(256);
            RuleFor(i => i.Password).NotEmpty().WithMessage("Enter your password.").MaximumLength(PasswordPolicy.MaximumLength);
        }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Ended = null;
        if (!await ValidateAsync(new InputValidator(), Input, cancellationToken))
        {
            return Page();
        }
        var email = Input.Email.Trim();
        var client = HttpContext.Connection.RemoteIpAddress;
        var user = await signIn.UserManager.FindByEmailAsync(email);
        var result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (user is null || throttle.IsPaused(client, email))
        {
            dummy.Verify(Input.Password);
        }
        else
        {
            result = await signIn.CheckPasswordSignInAsync(user, Input.Password, lockoutOnFailure: true);
            if (result.IsLockedOut || result.IsNotAllowed)
            {
                // Refused before any hash was checked: do that work anyway.
                dummy.Verify(Input.Password);
            }
        }
        if (result.Succeeded)
        {
            throttle.Succeeded(client, email);
            await signIn.SignInAsync(user!, isPersistent: false);
            await AuditAsync(AuditActions.SignIn, null, cancellationToken, user!.UserName);
            return LocalRedirect(ReturnUrls.Safe(ReturnUrl));
        }
        throttle.Failed(client, email);
        await AuditAsync(AuditActions.SignInFailed, user is null ? "No account has this address." : result.IsLockedOut ? "The account is locked or paused." : "Wrong password, or the account is disabled.", cancellationToken, email);
        ModelState.AddModelError("", RefusedMessage);
        return Page();
    }
}
