using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Users;

/// <summary>The staff accounts (admins only).</summary>
public sealed class IndexModel(CareerDb db) : AdminPage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> List { get; private set; } = null!;

    public sealed record Row(string Id, string Email, string Role, DateTimeOffset? LockoutEnd)
    {
        public string Status => LockoutEnd switch
        {
            { Year: >= 9000 } => "Disabled",
            { } end when end > DateTimeOffset.UtcNow => $"Locked until {end.UtcDateTime:HH:mm} UTC (failed sign-ins)",
            _ => "Active",
        };
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = Paging.Like(Search);
            users = users.Where(u => EF.Functions.Like(u.Email!, pattern, "\\"));
        }
        List = await users.OrderBy(u => u.Email)
            .Select(u => new Row(u.Id, u.Email ?? u.UserName ?? u.Id,
                db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault() ?? "(none)",
                u.LockoutEnd))
            .ToPagedListAsync(PageNumber, cancellationToken);
    }
}
