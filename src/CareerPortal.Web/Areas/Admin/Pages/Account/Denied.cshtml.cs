namespace CareerPortal.Web.Areas.Admin.Pages.Account;

public sealed class DeniedModel : AdminPage
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
