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
            var connectionString = SqliteFile.RunningConnection(configuration.GetConnectionString(Sqlite) ?? DefaultSqliteConnection(environment),
                configuration.GetValue("Database:BusyTimeoutSeconds", 5));
            services.AddDbContext<CareerDb, SqliteCareerDb>(options => options.UseSqlite(connectionString).AddInterceptors(SqliteFile.PoolReset));
        }
        else if (provider.Equals(SqlServer, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString(SqlServer)
                ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set.");
            // A few short retries ride out a failover; the default (six, up to 30 s apart) would
            // hold every request for minutes while the server is down, instead of a quick 503.
            services.AddDbContext<CareerDb, SqlServerCareerDb>(options =>
                options.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure(3, TimeSpan.FromSeconds(2), null)));
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
