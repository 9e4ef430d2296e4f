using System.ComponentModel.DataAnnotations;
using CareerPortal.Web.Accounts;
using CareerPortal.Web.Data;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CareerPortal.Web.Areas.Admin.Pages.Users;

/// <summary>Creates a staff account with its first password (<c>/admin/users/new</c>), or changes
/// an account's email and role.</summary>
public sealed class EditModel(UserManager<IdentityUser> users) : AdminPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? Id { get; private set; }

    public static IReadOnlyList<SelectListItem> RoleChoices { get; } =
    [
        new("Editor: edits content", Roles.Editor),
        new("Admin: edits content and manages accounts", Roles.Admin),
    ];

    public sealed class InputModel
    {
        [ScaffoldColumn(false)]
        public string? ConcurrencyStamp { get; set; }

        [DataType(DataType.EmailAddress), Display(Name = "Email", Description = "They sign in with it.")]
        public string Email { get; set; } = "";

        [Display(Name = "Role")]
        public string Role { get; set; } = Roles.Editor;

        [DataType(DataType.Password), Display(Name = "First password", Description = "At least 12 characters; give it to them in person or by phone. They can change it once signed in.")]
        public string? Password { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(bool creating)
        {
            RuleFor(i => i.Email).NotEmpty().WithMessage("Enter an email address.")
                .EmailAddress().WithMessage("Enter an email address such as name@example.org.")
                .MaximumLength(256);
            RuleFor(i => i.Role).Must(Roles.All.Contains).WithMessage("Choose a role.");
            When(_ => creating, () => RuleFor(i => i.Password).NotEmpty().WithMessage("Enter a first password.")
                .MinimumLength(12).WithMessage("Use at least 12 characters.")
                .MaximumLength(PasswordPolicy.MaximumLength));
        }
    }

    public async Task<IActionResult> OnGetAsync(string? id)
    {
        Id = id;
        if (id is null)
        {
            return Page();
        }
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        Input = new InputModel { ConcurrencyStamp = user.ConcurrencyStamp, Email = user.Email ?? "", Role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? Roles.Editor };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (!await ValidateAsync(new InputValidator(creating: id is null), Input, cancellationToken))
        {
            return Page();
        }
        var email = Input.Email.Trim();
        if (id is null)
        {
            var created = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            if (!Accept(await users.CreateAsync(created, Input.Password!)) || !Accept(await users.AddToRoleAsync(created, Input.Role)))
            {
                return Page();
            }
            await AuditAsync(AuditActions.UserChange, $"Created the account {email} ({Input.Role}).", cancellationToken);
            Notice($"Created the account {email} ({Input.Role}).");
            return RedirectToPage("Index");
        }

        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            ModelState.AddModelError("", "This account was deleted meanwhile.");
            return Page();
        }
        if (user.ConcurrencyStamp != Input.ConcurrencyStamp)
        {
            ModelState.AddModelError("", "Someone else changed this account while you were editing. Reload the page to see it, then make your change again.");
            return Page();
        }
        var current = (await users.GetRolesAsync(user)).ToList();
        if (user.Id == users.GetUserId(User) && Input.Role != Roles.Admin)
        {
            ModelState.AddModelError("Input.Role", "You cannot take the admin role from yourself: ask another admin.");
            return Page();
        }
        if (!string.Equals(user.Email, email, StringComparison.Ordinal)
            && (!Accept(await users.SetEmailAsync(user, email)) || !Accept(await users.SetUserNameAsync(user, email))))
        {
            return Page();
        }
        if (!current.SequenceEqual([Input.Role]))
        {
            if (!Accept(await users.RemoveFromRolesAsync(user, current)) || !Accept(await users.AddToRoleAsync(user, Input.Role)))
            {
                return Page();
            }
            await AuditAsync(AuditActions.RoleChange, $"{email}: {string.Join(", ", current)} to {Input.Role}.", cancellationToken);
        }
        await AuditAsync(AuditActions.UserChange, $"Saved the account {email} ({Input.Role}).", cancellationToken);
        Notice($"Saved the account {email} ({Input.Role}).");
        return RedirectToPage("Index");
    }

    /// <summary>Puts Identity's errors on the field they concern; false when there were any.</summary>
    private bool Accept(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password"
                : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? "Input.Email"
                : "";
            ModelState.AddModelError(field, error.Description);
        }
        return result.Succeeded;
    }
}
