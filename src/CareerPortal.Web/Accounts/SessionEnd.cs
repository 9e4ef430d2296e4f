using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CareerPortal.Web.Accounts;

/// <summary>Tells an editor sent back to sign-in why their session ended. The reason comes from
/// their own cookie (a valid one whose account changed, or one that expired), so only the person
/// holding the session learns it; a prober without a cookie sees nothing about any account.</summary>
public static class SessionEnd
{
    public const string Disabled = "disabled";
    public const string Renewed = "renewed";
    public const string Expired = "expired";
    private const string ItemKey = "careerportal-session-end";

    public static string? Message(string? reason) => reason switch
    {
        Disabled => "Your session ended because an admin disabled your account. Ask an admin if you need it again.",
        Renewed => "Your session ended because you signed out, or your password was changed or reset. Sign in again.",
        Expired => "Your session expired after 8 hours without activity. Sign in again.",
        _ => null,
    };

    /// <summary>Checks the security stamp on every request (as Identity does) and remembers why
    /// a session was refused, then names the reason in the redirect to sign-in.</summary>
    public static void Track(CookieAuthenticationOptions options, string cookieName)
    {
        options.Events.OnValidatePrincipal = async context =>
        {
            var principal = context.Principal;
            await SecurityStampValidator.ValidatePrincipalAsync(context);
            if (context.Principal is null && principal is not null)
            {
                var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<IdentityUser>>();
                var user = await users.GetUserAsync(principal);
                context.HttpContext.Items[ItemKey] = user is not null && Disabling.IsDisabled(user) ? Disabled : Renewed;
            }
        };
        options.Events.OnRedirectToLogin = context =>
        {
            // A cookie that no longer opens a session and was not refused above has expired.
            var reason = context.HttpContext.Items[ItemKey] as string
                ?? (context.Request.Cookies.ContainsKey(cookieName) ? Expired : null);
            context.Response.Redirect(reason is null ? context.RedirectUri : $"{context.RedirectUri}&ended={reason}");
            return Task.CompletedTask;
        };
    }
}
