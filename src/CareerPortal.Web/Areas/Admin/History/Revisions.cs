using System.Globalization;
using CareerPortal.Web.Content;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.History;

/// <summary>Writes and reads revisions: a save keeps one (in the transaction of the save), a delete
/// keeps one and is then in the trash, and a restore applies one and keeps a new one. The trash is
/// the records whose newest revision is a delete.</summary>
public static class Revisions
{
    public const int SummaryLength = 400;

    /// <summary>Saves the tracked changes to <paramref name="row"/> and its revision and audit entry, in one transaction.</summary>
    public static async Task SaveAsync(CareerDb db, Entity row, bool isNew, string? author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(row);
        var kind = AdminKinds.Of(row);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await AddAsync(db, kind, row.Id, RevisionEvent.Saved, author, isNew ? "Created." : null, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    /// <summary>Keeps the snapshot of <paramref name="row"/> (with what uses it), marks those uses
    /// deleted and adds the audit entry: the caller then removes the row and saves, in one transaction.</summary>
    public static async Task TrashAsync(CareerDb db, Entity row, string? author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(row);
        var kind = AdminKinds.Of(row);
        var snapshot = await kind.History.TakeForTrashAsync(db, row.Id, cancellationToken)
            ?? throw new InvalidOperationException($"No {kind.Singular} {row.Id} to delete.");
        await kind.History.RemoveUsesAsync(db, row.Id, cancellationToken);
        var title = kind.History.TitleOf(snapshot);
        var summary = snapshot.Uses is { Count: > 0 } uses ? $"Deleted, with {uses.Count} uses of it." : "Deleted.";
        db.Revisions.Add(new Revision
        {
            Kind = kind.Segment, RecordId = row.Id, Title = title, Event = RevisionEvent.Deleted, Schema = Snapshot.CurrentSchema,
            Snapshot = snapshot.ToJson(), PublicId = (row as ImportedEntity)?.PublicId, Summary = summary, Author = author, CreatedAt = DateTime.UtcNow,
        });
        Audit.Add(db, author, AuditActions.Delete, kind.Segment, row.Id, title, summary);
    }

    /// <summary>Applies <paramref name="revision"/>: to its record (a restore from history) or to a new
    /// row (from the trash). When references are gone nothing is written unless <paramref name="keepWhatCan"/>;
    /// the result says what is missing or why it was refused.</summary>
    public static async Task<Restoring> RestoreAsync(CareerDb db, MarkdownRenderer markdown, Revision revision, bool keepWhatCan, string? author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(revision);
        var kind = AdminKinds.BySegment(revision.Kind) ?? throw new InvalidOperationException($"Unknown kind {revision.Kind}.");
        var snapshot = Snapshot.Parse(revision.Snapshot, revision.Schema);
        var fromTrash = revision.Event == RevisionEvent.Deleted;
        Restoring result = new();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            result = await kind.History.ApplyAsync(db, markdown, snapshot, fromTrash ? null : revision.RecordId, cancellationToken);
            if (result.Refusal is not null || (result.Missing.Count > 0 && !keepWhatCan) || result.Row is not { } row)
            {
                db.ChangeTracker.Clear();
                return;
            }
            if (fromTrash && row is ImportedEntity imported && revision.PublicId is { } publicId)
            {
                // The read API knows the record by this id: it comes back as itself.
                imported.PublicId = publicId;
            }
            row.UpdatedBy = author;
            if (!fromTrash)
            {
                db.Entry(row).Property(e => e.UpdatedAt).IsModified = true;
            }
            await db.SaveChangesAsync(cancellationToken);
            if (fromTrash)
            {
                // The history follows the record to its new row.
                await db.Revisions.Where(r => r.Kind == revision.Kind && r.RecordId == revision.RecordId)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.RecordId, row.Id), cancellationToken);
            }
            var summary = fromTrash ? "Restored from the trash." : $"Restored the revision of {revision.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.";
            if (result.Missing.Count > 0)
            {
                summary += $" Left out, as gone: {string.Join(", ", result.Missing)}.";
            }
            await AddAsync(db, kind, row.Id, fromTrash ? RevisionEvent.Undeleted : RevisionEvent.Restored, author, summary, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return result;
    }

    /// <summary>The records in the trash: each one's delete revision, newest first.</summary>
    public static IQueryable<Revision> Trash(CareerDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Revisions.Where(r => r.Event == RevisionEvent.Deleted
            && !db.Revisions.Any(later => later.Kind == r.Kind && later.RecordId == r.RecordId && later.Id > r.Id));
    }

    /// <summary>Forgets the records in the trash for good, with their history.</summary>
    public static async Task<int> EmptyTrashAsync(CareerDb db, string? author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var trashed = await Trash(db).Select(r => new { r.Kind, r.RecordId, r.Title }).ToListAsync(cancellationToken);
            foreach (var record in trashed)
            {
                await db.Revisions.Where(r => r.Kind == record.Kind && r.RecordId == record.RecordId).ExecuteDeleteAsync(cancellationToken);
            }
            Audit.Add(db, author, AuditActions.EmptyTrash, detail: trashed.Count == 0 ? "The trash was empty."
                : $"{trashed.Count} records deleted for good: {string.Join(", ", trashed.Select(t => t.Title))}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return trashed.Count;
        });
    }

    /// <summary>Adds the revision of record <paramref name="id"/> as now stored, with a summary of
    /// what changed since its previous revision, and its audit entry.</summary>
    private static async Task AddAsync(CareerDb db, AdminKind kind, int id, RevisionEvent happened, string? author, string? summary, CancellationToken cancellationToken)
    {
        var snapshot = await kind.History.TakeAsync(db, id, cancellationToken) ?? throw new InvalidOperationException($"No {kind.Singular} {id}.");
        if (summary is null)
        {
            var previous = await db.Revisions.AsNoTracking().Where(r => r.Kind == kind.Segment && r.RecordId == id)
                .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
            summary = previous is null ? "Saved (the first revision kept of this record)."
                : Fields.Changed(Snapshot.Parse(previous.Snapshot, previous.Schema), snapshot) is { Count: > 0 } changed
                    ? $"Changed {string.Join(", ", changed)}."
                    : "Saved without changes.";
        }
        if (summary.Length > SummaryLength)
        {
            summary = summary[..(SummaryLength - 1)] + "…";
        }
        var title = kind.History.TitleOf(snapshot);
        db.Revisions.Add(new Revision
        {
            Kind = kind.Segment, RecordId = id, Title = title, Event = happened, Schema = Snapshot.CurrentSchema,
            Snapshot = snapshot.ToJson(), Summary = summary, Author = author, CreatedAt = DateTime.UtcNow,
        });
        Audit.Add(db, author, happened switch
        {
            RevisionEvent.Restored => AuditActions.Restore,
            RevisionEvent.Undeleted => AuditActions.RestoreFromTrash,
            _ => AuditActions.Save,
        }, kind.Segment, id, title, summary);
    }
}
