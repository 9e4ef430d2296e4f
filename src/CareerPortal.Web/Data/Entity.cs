namespace CareerPortal.Web.Data;

/// <summary>A row editors can change. <see cref="Version"/> is renewed on every save so that two
/// editors cannot overwrite each other; a Guid works as a token on SQLite and SQL Server alike.</summary>
public abstract class Entity
{
    public int Id { get; set; }
    public Guid Version { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The editor who saved the row last (null when it came from an import): shown to a
    /// second editor whose save meets this one.</summary>
    public string? UpdatedBy { get; set; }
}

/// <summary>A row that comes from one item of the content files. <see cref="SourceHash"/> is the
/// hash of that item at the last import, so a later import can tell a changed file from a changed row.</summary>
public abstract class ImportedEntity : Entity
{
    public string? SourceHash { get; set; }
    /// <summary>The row's public identifier in the read API: set once when the row is added and
    /// never changed, so it survives a renamed slug and every re-import (which updates rows in place).</summary>
    public Guid PublicId { get; set; }
}
