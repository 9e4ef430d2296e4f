namespace CareerPortal.Web.Data;

/// <summary>What made a revision: a save, a restore of an older revision (a new revision, never a
/// rewrite), a delete (the record is then in the trash) or a restore from the trash. A draft can
/// later be one more value here: a revision that is not applied yet.</summary>
public enum RevisionEvent { Saved, Restored, Deleted, Undeleted }

/// <summary>A full snapshot of one admin record with its children, in the content-file shape
/// (<see cref="Content.ContentMapper"/>), so that it stands alone as a backup: never a diff.
/// <see cref="Kind"/> is the admin kind's segment and <see cref="RecordId"/> its row; a record
/// brought back from the trash gets a new row, and its revisions follow it there.</summary>
public class Revision
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public int RecordId { get; set; }
    public string Title { get; set; } = "";
    public RevisionEvent Event { get; set; }
    /// <summary>The snapshot's shape: old shapes are upgraded when they are read.</summary>
    public int Schema { get; set; }
    public string Snapshot { get; set; } = "";
    /// <summary>The read API's id of the record, kept so that a record restored from the trash keeps it.</summary>
    public Guid? PublicId { get; set; }
    public string Summary { get; set; } = "";
    public string? Author { get; set; }
    public DateTime CreatedAt { get; set; }
}
