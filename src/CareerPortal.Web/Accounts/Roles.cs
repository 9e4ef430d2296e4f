using Microsoft.AspNetCore.Identity;

namespace CareerPortal.Web.Accounts;

/// <summary>The two kinds of staff: admins edit everything and manage accounts; editors edit content.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";

    public static IReadOnlyList<string> All { get; } = [Admin, Editor];

    /// <summary>Creates the roles that do not exist yet; the first <c>create-admin</c> calls it.</summary>
    public static async Task EnsureAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Could not create the role {role}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
                }
            }
        }
    }
}
