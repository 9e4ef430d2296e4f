using CareerPortal.Web.Accounts;
using CareerPortal.Web.Content;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Hosting;

/// <summary>Command-line verbs that run instead of the site: <c>dotnet run -- import</c>,
/// <c>dotnet run -- export &lt;dir&gt;</c>, <c>dotnet run -- create-admin --email you@example.org</c>,
/// <c>dotnet run -- generate 1000</c> (synthetic career paths, for the benchmark).</summary>
public static class Commands
{
    private const string Import = "import";
    private const string Export = "export";
    private static readonly string[] Verbs = [Import, Export, CreateAdminCommand.Verb, SyntheticCareers.Verb];

    /// <summary>The arguments for configuration: the verb, and export's folder, are not settings.</summary>
    public static string[] ConfigurationArgs(string[] args) => args switch
    {
        [Export, var folder, ..] when !folder.StartsWith('-') => args[2..],
        [var verb, ..] when Verbs.Contains(verb) => args[1..],
        _ => args,
    };

    /// <summary>Runs the verb in <paramref name="args"/> if there is one; returns its exit code, or null to start the site.</summary>
    public static async Task<int?> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0]))
        {
            return null;
        }
        return args[0] switch
        {
            CreateAdminCommand.Verb => await CreateAdminCommand.RunAsync(app.Services, args[1..],
                () => CreateAdminCommand.ReadPassword(Console.IsInputRedirected, Environment.GetEnvironmentVariable, CreateAdminCommand.PromptWithoutEcho),
                Console.Out, Console.Error),
            Export => await ExportAsync(app, args[1..]),
            SyntheticCareers.Verb => await GenerateAsync(app, args[1..]),
            _ => await ImportAsync(app),
        };
    }

    /// <summary>Writes the database as content files into the folder given, replacing the content
    /// files there (other files, such as README.md, are left alone).</summary>
    private static async Task<int> ExportAsync(WebApplication app, string[] args)
    {
        if (args is not [var folder, ..] || folder.StartsWith('-'))
        {
            Console.Error.WriteLine("Usage: export <folder>   (for example: export content)");
            return 2;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareerDb>();
        await db.MigrateIfEmbeddedAsync();
        // An empty database would export empty files over a real content folder.
        if (!await db.Careers.AnyAsync())
        {
            Console.Error.WriteLine("The database holds no career path, so nothing was exported. Start the site once or run import first.");
            return 1;
        }
        var bundle = await ContentWriter.ExportAsync(db);
        var target = Path.GetFullPath(folder);
        bundle.WriteTo(target);
        Console.WriteLine($"Exported {bundle.Files.Count} files to {target}");
        return 0;
    }

    private static async Task<int> GenerateAsync(WebApplication app, string[] args)
    {
        await app.PrepareDatabaseAsync();
        return await SyntheticCareers.RunAsync(app.Services, args, Console.Out, Console.Error);
    }

    private static async Task<int> ImportAsync(WebApplication app)
    {
        try
        {
            var report = await app.Services.ImportContentAsync(app.Configuration, app.Environment);
            Console.WriteLine($"Imported {ContentSetup.ContentFolder(app.Configuration, app.Environment)}: {report}");
            foreach (var conflict in report.Conflicts)
            {
                Console.WriteLine($"conflict: {conflict}");
            }
            return 0;
        }
        catch (ContentException e)
        {
            Console.Error.WriteLine("Nothing was imported.");
            foreach (var error in e.Errors)
            {
                Console.Error.WriteLine(error);
            }
            return 1;
        }
    }
}
