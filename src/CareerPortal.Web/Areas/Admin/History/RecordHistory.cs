using CareerPortal.Web.Content;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin.History;

/// <summary>What applying a snapshot found: the row it wrote to (not saved yet), the references
/// that are gone (left out; the editor confirms first), or why it cannot be applied at all.</summary>
public sealed class Restoring
{
    public Entity? Row { get; set; }
    public List<string> Missing { get; } = [];
    public string? Refusal { get; set; }

    public static Restoring Refused(string reason) => new() { Refusal = reason };

    /// <summary>True when <paramref name="slug"/> is among <paramref name="rows"/>; else it is listed as missing.</summary>
    public bool Has<T>(IReadOnlyDictionary<string, T> rows, string? slug, string what)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (slug is null || rows.ContainsKey(slug))
        {
            return true;
        }
        Missing.Add($"{what} '{slug}'");
        return false;
    }
}

/// <summary>How one admin kind is snapshotted and restored: the one shape its history, compare,
/// restore and trash read and write.</summary>
public abstract class RecordHistory
{
    /// <summary>The record as stored, with its children; null when there is no such row.</summary>
    public abstract Task<Snapshot?> TakeAsync(CareerDb db, int id, CancellationToken cancellationToken);

    public abstract string TitleOf(Snapshot snapshot);

    /// <summary>Writes <paramref name="snapshot"/> into row <paramref name="id"/>, or into a new row
    /// when null (a restore from the trash), without saving.</summary>
    public abstract Task<Restoring> ApplyAsync(CareerDb db, MarkdownRenderer markdown, Snapshot snapshot, int? id, CancellationToken cancellationToken);

    /// <summary>The snapshot kept when the record goes to the trash: with what goes there with it.</summary>
    public virtual async Task<Snapshot?> TakeForTrashAsync(CareerDb db, int id, CancellationToken cancellationToken)
    {
        var snapshot = await TakeAsync(db, id, cancellationToken);
        if (snapshot is not null && await UsesAsync(db, id, cancellationToken) is { Count: > 0 } uses)
        {
            snapshot.Uses = uses;
        }
        return snapshot;
    }

    /// <summary>Rows elsewhere that refer to the record and are removed with it (then put back with it).</summary>
    public virtual Task<List<Use>> UsesAsync(CareerDb db, int id, CancellationToken cancellationToken) => Task.FromResult(new List<Use>());

    /// <summary>Marks the rows of <see cref="UsesAsync"/> deleted.</summary>
    public virtual Task RemoveUsesAsync(CareerDb db, int id, CancellationToken cancellationToken) => Task.CompletedTask;

    protected static Task<Dictionary<string, Level>> LevelsAsync(CareerDb db, CancellationToken cancellationToken) =>
        db.Levels.ToDictionaryAsync(l => l.Slug, cancellationToken);

    protected static Task<Dictionary<string, Career>> CareersAsync(CareerDb db, CancellationToken cancellationToken) =>
        db.Careers.ToDictionaryAsync(c => c.Slug, cancellationToken);

    /// <summary>The career levels, by "career/level" slugs.</summary>
    protected static Task<Dictionary<string, CareerLevel>> StagesAsync(CareerDb db, CancellationToken cancellationToken) =>
        db.CareerLevels.Include(l => l.Career).Include(l => l.Level).ToDictionaryAsync(l => StageKey(l.Career.Slug, l.Level.Slug), cancellationToken);

    protected static string StageKey(string career, string? level) => $"{career}/{level}";
}

/// <summary>A kind whose snapshot document is <typeparamref name="TDocument"/>, for row type <typeparamref name="TRow"/>.</summary>
public abstract class RecordHistory<TRow, TDocument> : RecordHistory where TRow : Entity, new()
{
    public override string TitleOf(Snapshot snapshot) => Title(Read(snapshot), snapshot);

    protected abstract string Title(TDocument document, Snapshot snapshot);

    /// <summary>Reads the document, upgrading an older schema (see <see cref="Snapshot.CurrentSchema"/>).</summary>
    protected virtual TDocument Read(Snapshot snapshot) => snapshot.Read<TDocument>();

    public override async Task<Restoring> ApplyAsync(CareerDb db, MarkdownRenderer markdown, Snapshot snapshot, int? id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(snapshot);
        TRow? row;
        if (id is null)
        {
            row = new TRow();
            db.Add(row);
        }
        else if ((row = await LoadAsync(db, id.Value, cancellationToken)) is null)
        {
            return Restoring.Refused("This record is no longer there: restore it from the trash instead.");
        }
        var restoring = new Restoring { Row = row };
        await ApplyAsync(db, markdown, Read(snapshot), snapshot, row, restoring, cancellationToken);
        return restoring;
    }

    /// <summary>The row, tracked, with the children <see cref="ApplyAsync(CareerDb, MarkdownRenderer, TDocument, Snapshot, TRow, Restoring, CancellationToken)"/> replaces.</summary>
    protected abstract Task<TRow?> LoadAsync(CareerDb db, int id, CancellationToken cancellationToken);

    protected abstract Task ApplyAsync(CareerDb db, MarkdownRenderer markdown, TDocument document, Snapshot snapshot, TRow row, Restoring restoring, CancellationToken cancellationToken);

    /// <summary>Refuses a record of a career that is gone; else its row.</summary>
    protected static async Task<Career?> CareerAsync(CareerDb db, Snapshot snapshot, Restoring restoring, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(restoring);
        var career = await db.Careers.FirstOrDefaultAsync(c => c.Slug == snapshot.Career, cancellationToken);
        if (career is null)
        {
            restoring.Refusal = $"Its career '{snapshot.Career}' is gone (it may be in the trash: restore that first).";
        }
        return career;
    }
}
