using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Hosting;

public static class Database
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";

    /// <summary>Registers <see cref="CareerDb"/> on the provider named by <c>Database:Provider</c>.</summary>
    public static IServiceCollection AddCareerDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["Database:Provider"] ?? Sqlite;
        if (provider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString(Sqlite) ?? DefaultSqliteConnection(environment);
            services.AddDbContext<CareerDb, SqliteCareerDb>(options => options.UseSqlite(connectionString));
        }
        else if (provider.Equals(SqlServer, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString(SqlServer)
                ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set.");
            services.AddDbContext<CareerDb, SqlServerCareerDb>(options =>
                options.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure()));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider must be '{Sqlite}' or '{SqlServer}', not '{provider}'.");
        }
        return services;
    }

    private static string DefaultSqliteConnection(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "careerportal.db")}";
    }
}
