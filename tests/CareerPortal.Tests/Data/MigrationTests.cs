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
    public async Task Moving_the_years_onto_career_levels_copies_each_catalog_levels_years()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new SqliteCareerDb(new DbContextOptionsBuilder<SqliteCareerDb>().UseSqlite(connection).Options);
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var yearsMigration = migrations.Single(m => m.EndsWith("_CareerLevelYears", StringComparison.Ordinal));
        await migrator.MigrateAsync(migrations[migrations.IndexOf(yearsMigration) - 1]);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO Levels (Id, Slug, Name, "Order", Summary, MinYears, MaxYears, Version, UpdatedAt) VALUES
                (1, 'entry', 'Entry', 1, 'First years.', 2, 4, '00000000-0000-0000-0000-000000000001', '2026-01-01 00:00:00'),
                (2, 'top', 'Top', 2, 'The top.', NULL, NULL, '00000000-0000-0000-0000-000000000002', '2026-01-01 00:00:00');
            INSERT INTO Careers (Id, Slug, Title, Summary, Description, IsThin, Responsibilities, Version, UpdatedAt) VALUES
                (1, 'a', 'A', 'A.', 'A.', 0, '[]', '00000000-0000-0000-0000-000000000003', '2026-01-01 00:00:00'),
                (2, 'b', 'B', 'B.', 'B.', 0, '[]', '00000000-0000-0000-0000-000000000004', '2026-01-01 00:00:00');
            INSERT INTO CareerLevels (Id, CareerId, LevelId, Title, TypicalRoles, Focus, Responsibilities, Version, UpdatedAt) VALUES
                (1, 1, 1, 'A entry', '[]', 'F.', '[]', '00000000-0000-0000-0000-000000000005', '2026-01-01 00:00:00'),
                (2, 2, 1, 'B entry', '[]', 'F.', '[]', '00000000-0000-0000-0000-000000000006', '2026-01-01 00:00:00'),
                (3, 1, 2, 'A top', '[]', 'F.', '[]', '00000000-0000-0000-0000-000000000007', '2026-01-01 00:00:00');
            """);

        await migrator.MigrateAsync();

        var years = (await db.CareerLevels.AsNoTracking().OrderBy(l => l.Id).ToListAsync()).Select(l => (l.MinYears, l.MaxYears));
        Assert.Equal(new (int?, int?)[] { (2, 4), (2, 4), (null, null) }, years);
    }

    [Fact]
    public void SqlServer_script_copies_the_years_onto_career_levels()
    {
        using var db = SqlServer();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("UPDATE CareerLevels SET MinYears = (SELECT Levels.MinYears FROM Levels WHERE Levels.Id = CareerLevels.LevelId)", script, StringComparison.Ordinal);
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
