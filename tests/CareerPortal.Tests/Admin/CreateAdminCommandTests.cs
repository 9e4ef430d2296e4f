using System.Diagnostics;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Admin;

[Collection(AdminTests.Name)]
public sealed class CreateAdminCommandTests(AdminSite site)
{
    private static string? Environment(string name) => name == CreateAdminCommand.PasswordVariable ? "a fine long passphrase" : null;

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args, Func<string?> password)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CreateAdminCommand.RunAsync(site.Factory.Services, args, password, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task The_first_admin_was_made_by_the_command_with_the_admin_role()
    {
        using var scope = site.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var admin = await users.FindByEmailAsync(AdminSite.AdminEmail);

        Assert.NotNull(admin);
        Assert.Equal([Roles.Admin], await users.GetRolesAsync(admin));
        Assert.True(await users.CheckPasswordAsync(admin, AdminSite.AdminPassword));
    }

    [Fact]
    public async Task It_refuses_an_existing_account_a_missing_email_and_a_weak_password()
    {
        var existing = await RunAsync(["--email", AdminSite.AdminEmail], () => "another long passphrase");
        Assert.Equal(1, existing.ExitCode);
        Assert.Contains("already exists", existing.Error, StringComparison.Ordinal);

        var usage = await RunAsync([], () => "another long passphrase");
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("Usage: create-admin --email", usage.Error, StringComparison.Ordinal);

        var weak = await RunAsync(["--email=second.admin@example.org"], () => "123456789012");
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("commonly used", weak.Error, StringComparison.Ordinal);

        var none = await RunAsync(["--email", "second.admin@example.org"], () => CreateAdminCommand.ReadPassword(true, _ => null, _ => "never asked"));
        Assert.Equal(2, none.ExitCode);
        Assert.Contains(CreateAdminCommand.PasswordVariable, none.Error, StringComparison.Ordinal);

        await using var db = site.NewDb();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "second.admin@example.org"));
    }

    [Fact]
    public void The_password_comes_from_the_environment_only_when_input_is_redirected_and_is_asked_twice_otherwise()
    {
        Assert.Equal("a fine long passphrase", CreateAdminCommand.ReadPassword(inputRedirected: true, Environment, _ => throw new InvalidOperationException("no prompt")));

        var prompts = new List<string>();
        Assert.Equal("typed at the prompt", CreateAdminCommand.ReadPassword(inputRedirected: false, Environment, label => { prompts.Add(label); return "typed at the prompt"; }));
        Assert.Equal(["Password: ", "Repeat the password: "], prompts);

        var answers = new Queue<string>(["first try here", "second try here"]);
        Assert.Throws<InvalidOperationException>(() => CreateAdminCommand.ReadPassword(inputRedirected: false, Environment, _ => answers.Dequeue()));
    }

    /// <summary>The real program: the verb runs, creates the admin and exits without starting the site.</summary>
    [Fact]
    public async Task The_program_runs_the_command_from_its_arguments_and_exits()
    {
        var folder = Directory.CreateTempSubdirectory("careerportal-command-").FullName;
        var database = Path.Combine(folder, "command.db");
        try
        {
            var (exitCode, output) = await RunProgramAsync(folder, database, "a fine long passphrase", "create-admin", "--email", "cli.admin@example.org");
            Assert.True(exitCode == 0, output);
            Assert.Contains("Created the admin cli.admin@example.org", output, StringComparison.Ordinal);

            var (again, message) = await RunProgramAsync(folder, database, null, "create-admin", "--email", "other@example.org");
            Assert.Equal(2, again);
            Assert.Contains(CreateAdminCommand.PasswordVariable, message, StringComparison.Ordinal);

            await using var db = new Web.Data.SqliteCareerDb(new DbContextOptionsBuilder<Web.Data.SqliteCareerDb>().UseSqlite($"Data Source={database};Pooling=False").Options);
            var user = await db.Users.SingleAsync(u => u.Email == "cli.admin@example.org");
            var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
            Assert.Equal([Roles.Admin], roles);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunProgramAsync(string folder, string database, string? password, params string[] args)
    {
        var start = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CareerPortal.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={database};Pooling=False";
        start.Environment["Content__Path"] = Paths.FixtureContent;
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment.Remove(CreateAdminCommand.PasswordVariable);
        if (password is not null)
        {
            start.Environment[CreateAdminCommand.PasswordVariable] = password;
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException("the command did not exit: it must not start the site");
        }
        return (process.ExitCode, await output + await error);
    }
}
