using CareerPortal.Web.Accounts;
using CareerPortal.Web.Content;

namespace CareerPortal.Web.Hosting;

/// <summary>Command-line verbs that run instead of the site: <c>dotnet run -- import</c>,
/// <c>dotnet run -- create-admin --email you@example.org</c>,
/// <c>dotnet run -- generate 1000</c> (synthetic career paths, for the benchmark).</summary>
public static class Commands
{
    private const string Import = "import";
    private static readonly string[] Verbs = [Import, CreateAdminCommand.Verb, SyntheticCareers.Verb];

    /// <summary>The arguments for configuration: the verb itself is not a setting.</summary>
    public static string[] ConfigurationArgs(string[] args) =>
        args.Length > 0 && Verbs.Contains(args[0]) ? args[1..] : args;

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
            SyntheticCareers.Verb => await GenerateAsync(app, args[1..]),
            _ => await ImportAsync(app),
        };
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
