using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.Pages.Audit;

/// <summary>The audit log, newest first, filtered by person, action, record and dates (a GET form).
/// Read only: the site has no way to change or delete an entry, and the database refuses it.</summary>
public sealed class IndexModel(CareerDb db) : AdminPage
{
    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Record { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<AuditEntry> List { get; private set; } = null!;

    public IEnumerable<SelectListItem> Actions => AuditActions.All.Select(a => new SelectListItem(a, a));

    public IEnumerable<SelectListItem> Kinds => AdminKinds.All.Select(k => new SelectListItem(k.Singular, k.Segment));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var entries = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Person))
        {
            var pattern = Paging.Like(Person);
            entries = entries.Where(e => EF.Functions.Like(e.Actor!, pattern, "\\"));
        }
        if (!string.IsNullOrEmpty(Action))
        {
            entries = entries.Where(e => e.Action == Action);
        }
        if (!string.IsNullOrEmpty(Kind))
        {
            entries = entries.Where(e => e.Kind == Kind);
        }
        if (Record is { } record)
        {
            entries = entries.Where(e => e.RecordId == record);
        }
        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At >= start);
        }
        if (To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At < end);
        }
        List = await entries.OrderByDescending(e => e.Id).ToPagedListAsync(PageNumber, cancellationToken);
    }
}
