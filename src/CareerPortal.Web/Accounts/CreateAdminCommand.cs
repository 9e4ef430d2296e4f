using System.Text;
using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace CareerPortal.Web.Accounts;

/// <summary><c>create-admin --email you@example.org</c>: creates an admin account, so the first
/// person can sign in (there is no public registration). The password is never an argument (shell
/// history, process lists): it is typed at a prompt without echo or, when standard input is not a
/// terminal, read from <see cref="PasswordVariable"/>.</summary>
public static class CreateAdminCommand
{
    public const string Verb = "create-admin";
    public const string PasswordVariable = "CAREERPORTAL_ADMIN_PASSWORD";

    /// <summary>Creates the admin and returns the process exit code: 0 done, 1 refused, 2 wrong usage.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, Func<string?> readPassword, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(readPassword);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (EmailArgument(args) is not { Length: > 0 } email)
        {
            await error.WriteLineAsync($"Usage: {Verb} --email you@example.org  (password from a prompt, or from {PasswordVariable} when input is redirected)");
            return 2;
        }
        string? password;
        try
        {
            password = readPassword();
        }
        catch (InvalidOperationException e)
        {
            await error.WriteLineAsync(e.Message);
            return 2;
        }
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync($"No password given: type it at the prompt, or set {PasswordVariable} when input is redirected.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CareerDb>().MigrateIfEmbeddedAsync();
        await Roles.EnsureAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await error.WriteLineAsync($"An account for {email} already exists. An admin can reset its password at /admin/users.");
            return 1;
        }
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, Roles.Admin);
        }
        if (!result.Succeeded)
        {
            await error.WriteLineAsync($"The admin was not created:");
            foreach (var failure in result.Errors)
            {
                await error.WriteLineAsync($"  {failure.Description}");
            }
            return 1;
        }
        await output.WriteLineAsync($"Created the admin {email}. Sign in at /admin.");
        return 0;
    }

    /// <summary>Where the password comes from: a prompt on a terminal, the environment otherwise.</summary>
    public static string? ReadPassword(bool inputRedirected, Func<string, string?> environment, Func<string, string> prompt)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(prompt);
        if (inputRedirected)
        {
            return environment(PasswordVariable);
        }
        var password = prompt("Password: ");
        if (password != prompt("Repeat the password: "))
        {
            throw new InvalidOperationException("The two passwords differ; nothing was created.");
        }
        return password;
    }

    /// <summary>Reads a line from the terminal without showing what is typed.</summary>
    public static string PromptWithoutEcho(string label)
    {
        Console.Write(label);
        var typed = new StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
        Console.WriteLine();
        return typed.ToString();
    }

    private static string? EmailArgument(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--email" && i + 1 < args.Count)
            {
                return args[i + 1].Trim();
            }
            if (args[i].StartsWith("--email=", StringComparison.Ordinal))
            {
                return args[i]["--email=".Length..].Trim();
            }
        }
        return null;
    }
}
