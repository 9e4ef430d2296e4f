using System.Data.Common;
using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Infrastructure;

/// <summary>The site in process on its own SQLite file, imported from a content folder (the small
/// test fixture unless told otherwise). Counts the SQL commands it runs.</summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerportal-tests", Guid.NewGuid().ToString("N"));

    public TestApp() : this(Paths.FixtureContent)
    {
    }

    public TestApp(string contentFolder)
    {
        Directory.CreateDirectory(_folder);
        ContentFolder = contentFolder;
    }

    public string ContentFolder { get; }
    public string DatabasePath => Path.Combine(_folder, "test.db");
    public CommandCounter Commands { get; } = new();
    /// <summary>Extra configuration, applied last (for example a shared database or Redis).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath};Pooling=False");
        builder.UseSetting("Content:Path", ContentFolder);
        builder.UseSetting("Site:BaseUrl", "https://careers.example.org");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<SqliteCareerDb>(options => options.AddInterceptors(Commands)));
    }

    /// <summary>A fresh DbContext on the app's database, for arranging and asserting.</summary>
    public CareerDb NewDb() => Services.CreateScope().ServiceProvider.GetRequiredService<CareerDb>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned by the OS later.
        }
    }
}

/// <summary>Counts SQL commands per request path so tests can assert a page runs a bounded number.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;
    public int Count => _count;
    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecuting(command, eventData, result);
    }
}

public static class Paths
{
    public static string FixtureContent => Path.Combine(AppContext.BaseDirectory, "Fixtures", "content");

    /// <summary>The repository's root: the folder above the tests that holds CareerPortal.sln.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CareerPortal.sln")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException("CareerPortal.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string RealContent => Path.Combine(RepositoryRoot, "content");

    /// <summary>A copy of a content folder that a test may change.</summary>
    public static string CopyOf(string folder)
    {
        var copy = Path.Combine(Path.GetTempPath(), "careerportal-tests", "content-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }
}
