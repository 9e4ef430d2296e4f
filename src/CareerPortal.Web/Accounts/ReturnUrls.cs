namespace CareerPortal.Web.Accounts;

/// <summary>Where sign-in may send an editor back to. <c>Url.IsLocalUrl</c> alone lets
/// <c>/admin/../\evil.example/</c> through: a browser resolves the dots, reads the backslash as
/// a slash and lands on another site. So only a plain path inside the admin area is accepted:
/// no backslash, no control character, no empty, "." or ".." segment (also once percent-decoded).</summary>
public static class ReturnUrls
{
    public const string AdminHome = "/admin";
    private const int MaximumLength = 2048;

    public static string Safe(string? returnUrl) => IsSafe(returnUrl) ? returnUrl! : AdminHome;

    public static bool IsSafe(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > MaximumLength)
        {
            return false;
        }
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(returnUrl);
        }
        catch (UriFormatException)
        {
            return false;
        }
        return IsPlainAdminPath(returnUrl) && IsPlainAdminPath(decoded);
    }

    private static bool IsPlainAdminPath(string url)
    {
        if (url.Any(c => c == '\\' || char.IsControl(c)))
        {
            return false;
        }
        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url[..end];
        if (!path.Equals(AdminHome, StringComparison.OrdinalIgnoreCase)
            && !path.StartsWith(AdminHome + "/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return path.TrimEnd('/').Split('/')[1..].All(segment => segment.Length > 0 && segment != "." && segment != "..");
    }
}
