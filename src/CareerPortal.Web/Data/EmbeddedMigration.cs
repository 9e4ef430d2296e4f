using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Data;

public static class EmbeddedMigration
{
    /// <summary>SQLite is migrated at start; SQL Server is migrated by its own deployment step
    /// (see docker-compose.yml), so several web instances never race to migrate it.</summary>
    public static async Task MigrateIfEmbeddedAsync(this CareerDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            SqliteFile.CreateIfMissing(db);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
