using CareerPortal.Web.Content;
using CareerPortal.Web.Data;
using CareerPortal.Web.Pages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Hosting;

public static partial class ContentSetup
{
    public static IServiceCollection AddContentPipeline(this IServiceCollection services)
    {
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<ContentImporter>();
        return services;
    }

    /// <summary>The content folder: <c>Content:Path</c>, else the nearest <c>content/</c> folder
    /// above the app (the repository's when run from source, /app/content in the container).</summary>
    public static string ContentFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration["Content:Path"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured, environment.ContentRootPath);
        }
        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (Directory.Exists(Path.Combine(candidate, "catalog")))
            {
                return candidate;
            }
        }
        return Path.Combine(environment.ContentRootPath, "content");
    }

    /// <summary>Migrates the embedded database and imports the content the first time the site
    /// starts on an empty database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerDb>();
        await db.MigrateIfEmbeddedAsync();
        if (!await db.Users.AnyAsync())
        {
            LogNoAccounts(app.Logger);
        }
        if (await db.Careers.AnyAsync())
        {
            return;
        }
        var folder = ContentFolder(app.Configuration, app.Environment);
        var report = await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(folder);
        LogFirstImport(app.Logger, folder, report);
    }

    /// <summary>Imports on demand and evicts every cached public page.</summary>
    public static async Task<ImportReport> ImportContentAsync(this IServiceProvider services, IConfiguration configuration, IHostEnvironment environment)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CareerDb>().MigrateIfEmbeddedAsync();
        var report = await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(ContentFolder(configuration, environment));
        if (scope.ServiceProvider.GetService<IOutputCacheStore>() is { } cache)
        {
            await cache.EvictAllAsync(default);
        }
        return report;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No editor account exists, so nobody can sign in to /admin. Create the first admin with: dotnet run --project src/CareerPortal.Web -- create-admin --email you@example.org (with docker compose: docker compose run --rm web create-admin --email you@example.org)")]
    private static partial void LogNoAccounts(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "First start: imported {Folder}: {Report}")]
    private static partial void LogFirstImport(ILogger logger, string folder, ImportReport report);
}
