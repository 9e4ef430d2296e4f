using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace CareerPortal.Web.Accounts;

/// <summary>The password rules beyond length (NIST SP 800-63B and OWASP: length and a block list,
/// no composition rules): refuses passwords on a list of common ones, passwords that are one short
/// piece repeated ("aaaaaaaaaaaa", "abcabcabcabc") and the account's own email address.</summary>
public sealed class PasswordPolicy : IPasswordValidator<IdentityUser>
{
    /// <summary>Long enough for any passphrase; bounds the work of hashing one.</summary>
    public const int MaximumLength = 128;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    public static int CommonCount => Common.Value.Count;

    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password)
    {
        var errors = Check(password ?? "", user.Email ?? user.UserName).ToArray();
        return Task.FromResult(errors.Length == 0 ? IdentityResult.Success : IdentityResult.Failed(errors));
    }

    public static IEnumerable<IdentityError> Check(string password, string? email)
    {
        if (password.Length > MaximumLength)
        {
            yield return new IdentityError { Code = "PasswordTooLong", Description = $"Passwords must be at most {MaximumLength} characters." };
        }
        if (password.Length > 0 && IsRepetition(password))
        {
            yield return new IdentityError { Code = "PasswordRepeated", Description = "Passwords must not be one character or a short piece repeated." };
        }
        if (email is { Length: > 0 } && IsEmail(password, email))
        {
            yield return new IdentityError { Code = "PasswordIsEmail", Description = "Passwords must not be your email address." };
        }
        if (Common.Value.Contains(password.Trim()))
        {
            yield return new IdentityError { Code = "PasswordCommon", Description = "This password is on a list of commonly used passwords. Choose another, such as a few random words." };
        }
    }

    /// <summary>"aaaa...", "abab...", "abcabc...", "abcdabcd...".</summary>
    private static bool IsRepetition(string password)
    {
        for (var unit = 1; unit <= 4 && unit * 2 <= password.Length; unit++)
        {
            if (password.Length % unit == 0 && password.AsSpan(unit).SequenceEqual(password.AsSpan(0, password.Length - unit)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsEmail(string password, string email)
    {
        var local = email.Split('@')[0];
        return password.Equals(email, StringComparison.OrdinalIgnoreCase) || password.Equals(local, StringComparison.OrdinalIgnoreCase);
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CareerPortal.Web.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The embedded list common-passwords.txt is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim());
            }
        }
        return set;
    }
}
