using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareerPortal.Web.Data;

/// <summary>Tells a database that cannot be used right now (locked past the busy timeout, its file
/// gone, unreadable or damaged, the server unreachable) from a refused change (a unique index, a
/// foreign key): the first is answered "try again" with nothing lost, never as the second.</summary>
public static class DatabaseOutage
{
    /// <summary>What a 503 answer asks a client to wait before trying again.</summary>
    public const int RetryAfterSeconds = 15;

    // SQLITE_BUSY, LOCKED, READONLY (also a file deleted under an open connection: READONLY_DBMOVED),
    // IOERR, CORRUPT, FULL, CANTOPEN, NOTADB.
    private static readonly int[] SqliteOutageCodes = [5, 6, 8, 10, 11, 13, 14, 26];

    /// <summary>True when <paramref name="exception"/>, or one it wraps, says the database is unavailable.</summary>
    public static bool IsDatabaseOutage(this Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException sqlite ? SqliteOutageCodes.Contains(sqlite.SqliteErrorCode)
                : e is RetryLimitExceededException or TimeoutException || e is DbException { IsTransient: true })
            {
                return true;
            }
        }
        return false;
    }
}
