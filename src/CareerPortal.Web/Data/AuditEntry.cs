namespace CareerPortal.Web.Data;

/// <summary>One thing someone did, kept for good: the site only ever adds these rows (a database
/// trigger refuses updates and deletes). Written in the same transaction as what it records.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    /// <summary>The user name, or the name typed at a failed sign-in, or a process such as "content import".</summary>
    public string? Actor { get; set; }
    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = "";
    /// <summary>The admin kind's segment of the record, when the action is about one.</summary>
    public string? Kind { get; set; }
    public int? RecordId { get; set; }
    public string? Title { get; set; }
    public string? Detail { get; set; }
}

/// <summary>The actions the audit log records, as stored.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string Save = "save";
    public const string Delete = "delete";
    public const string Restore = "restore";
    public const string RestoreFromTrash = "restore-from-trash";
    public const string EmptyTrash = "empty-trash";
    public const string Import = "import";
    public const string Export = "export";
    public const string UserChange = "user-change";
    public const string RoleChange = "role-change";

    public static IReadOnlyList<string> All { get; } = [SignIn, SignInFailed, Save, Delete, Restore, RestoreFromTrash, EmptyTrash, Import, Export, UserChange, RoleChange];
}
