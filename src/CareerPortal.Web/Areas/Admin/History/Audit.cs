using CareerPortal.Web.Data;

namespace CareerPortal.Web.Areas.Admin.History;

/// <summary>Adds audit entries to the context, so that they are written by the caller's next save,
/// in the same transaction as what they record. The export and import can call it the same way.</summary>
public static class Audit
{
    public static AuditEntry Add(CareerDb db, string? actor, string action, string? kind = null, int? recordId = null, string? title = null, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entry = new AuditEntry
        {
            At = DateTime.UtcNow, Actor = Cut(actor, 256), Action = action, Kind = kind, RecordId = recordId,
            Title = Cut(title, 400), Detail = Cut(detail, 1000),
        };
        db.AuditLog.Add(entry);
        return entry;
    }

    /// <summary>Adds an entry and saves it at once: for what is not itself a database change (a sign-in, an export).</summary>
    public static async Task RecordAsync(CareerDb db, string? actor, string action, string? detail = null, CancellationToken cancellationToken = default)
    {
        Add(db, actor, action, detail: detail);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Cut(string? text, int length) => text is { Length: var n } && n > length ? text[..length] : text;
}
