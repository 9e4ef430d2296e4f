using CareerPortal.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CareerPortal.Tests.Data;

public sealed class MigrationTests
{
    private static SqlServerCareerDb SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerCareerDb>().UseSqlServer("Server=unreachable.invalid;Database=CareerPortal").Options);

    [Fact]
    public async Task Sqlite_migrations_apply_to_an_empty_database()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new SqliteCareerDb(new DbContextOptionsBuilder<SqliteCareerDb>().UseSqlite(connection).Options);

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Careers.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public void Sqlite_model_has_no_changes_missing_from_its_migrations()
    {
        using var db = new SqliteCareerDb(new DbContextOptionsBuilder<SqliteCareerDb>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add <Name> --context SqliteCareerDb --output-dir Data/Migrations/Sqlite");
    }

    [Fact]
    public void SqlServer_model_has_no_changes_missing_from_its_migrations()
    {
        using var db = SqlServer();

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add <Name> --context SqlServerCareerDb --output-dir Data/Migrations/SqlServer");
    }

    [Fact]
    public void SqlServer_migrations_produce_an_idempotent_script_without_a_server()
    {
        using var db = SqlServer();
        var migrator = db.GetService<IMigrator>();

        var script = migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Careers]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Careers_Slug]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("__EFMigrationsHistory", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlServer = SqlServer();
        using var sqlite = new SqliteCareerDb(new DbContextOptionsBuilder<SqliteCareerDb>().UseSqlite("Data Source=:memory:").Options);

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.Equal(Names(sqlite), Names(sqlServer));
    }
}
