using Microsoft.AspNetCore.Mvc;

namespace CareerPortal.Web.Areas.Admin.History;

/// <summary>The address of a record's history page, for the links from its edit page.</summary>
public static class HistoryPage
{
    public static string? Url(IUrlHelper url, AdminKind kind, int id)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(kind);
        return url.Page("/History/Index", new { area = "Admin", kind = kind.Segment, id });
    }
}
