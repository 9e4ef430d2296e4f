using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerPortal.Web.Data;

/// <summary>Readiness of the database: reachable, and for SQLite also its file still in place
/// (deleted while running, open connections would keep serving it while saves are refused) and
/// whole (<c>PRAGMA quick_check</c>: opening a damaged file succeeds, reading it does not).</summary>
public sealed class DatabaseHealthCheck(CareerDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!db.Database.IsSqlite())
            {
                return await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The database is not reachable.");
            }
            if (SqliteFile.PathOf(db) is { } path && !File.Exists(path))
            {
                SqliteFile.ResetPool(db);
                return HealthCheckResult.Unhealthy($"The database file {path} is gone.");
            }
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA quick_check(1)";
                var check = await command.ExecuteScalarAsync(cancellationToken) as string;
                return check == "ok" ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"The database file is damaged: {check}");
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        catch (Exception e) when (e.IsDatabaseOutage())
        {
            return HealthCheckResult.Unhealthy("The database cannot be used.", e);
        }
    }
}
