using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerPortal.Web.Data;

/// <summary>The embedded database's file: created only by the first start, never silently
/// re-created or replaced while the site runs.</summary>
public static class SqliteFile
{
    /// <summary>The connection string the site runs on: connections never create the file (a file
    /// deleted while running is refused, not replaced by an empty one that loses every later save),
    /// and a lock held by someone else is waited for <paramref name="busyTimeoutSeconds"/> at most.</summary>
    public static string RunningConnection(string connectionString, int busyTimeoutSeconds)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = busyTimeoutSeconds };
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate && PathOf(builder) is not null)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }
        return builder.ToString();
    }

    /// <summary>The database file's full path, or null for an in-memory database or another provider.</summary>
    public static string? PathOf(CareerDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.IsSqlite() ? PathOf(new SqliteConnectionStringBuilder(db.Database.GetConnectionString())) : null;
    }

    private static string? PathOf(SqliteConnectionStringBuilder builder) =>
        builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" ? null : Path.GetFullPath(builder.DataSource);

    /// <summary>Creates the file on the first start. An existing empty file is refused: a database
    /// that became empty (a truncated copy, a full disk, a failed restore) means lost data, and
    /// seeding it again would hide that behind a fresh site with no editor accounts.</summary>
    public static void CreateIfMissing(CareerDb db)
    {
        if (PathOf(db) is not { } path)
        {
            return;
        }
        var file = new FileInfo(path);
        if (file is { Exists: true, Length: 0 })
        {
            throw new InvalidOperationException(
                $"The database file {path} is empty (0 bytes), so the site did not start. A database that became empty usually means " +
                "lost data: restore the file from a backup. To start a new site instead, delete the file: the next start creates it and " +
                "imports content/, and 'create-admin --email you@example.org' creates the first editor account.");
        }
        if (!file.Exists)
        {
            Directory.CreateDirectory(file.DirectoryName!);
            using var created = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
            created.Open();
            // Writing the header makes the file a database at once, so a crash before the
            // migrations does not leave an empty file that the next start would refuse.
            using var command = created.CreateCommand();
            command.CommandText = "PRAGMA user_version = 0;";
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Pooled connections keep the file they opened: after it is deleted or replaced (a
    /// restore) they can read the old one but never write it (SQLITE_READONLY_DBMOVED). The first
    /// command that finds the file gone, moved or unreadable empties the pool, so the next request
    /// opens the file that is there now (and fails cleanly while there is none).</summary>
    public static IInterceptor PoolReset { get; } = new LostFileInterceptor();

    /// <summary>Empties the pool of <paramref name="db"/>'s connection (SQLite only).</summary>
    public static void ResetPool(CareerDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.GetDbConnection() is SqliteConnection connection)
        {
            SqliteConnection.ClearPool(connection);
        }
    }

    private sealed class LostFileInterceptor : DbCommandInterceptor
    {
        // SQLITE_READONLY, IOERR, CORRUPT, CANTOPEN, NOTADB: the file, not a lock.
        private static readonly int[] FileCodes = [8, 10, 11, 14, 26];

        public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Reset(command, eventData);

        public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            Reset(command, eventData);
            return Task.CompletedTask;
        }

        private static void Reset(DbCommand command, CommandErrorEventData eventData)
        {
            if (eventData.Exception is SqliteException { SqliteErrorCode: var code } && FileCodes.Contains(code) && command.Connection is SqliteConnection connection)
            {
                SqliteConnection.ClearPool(connection);
            }
        }
    }
}
