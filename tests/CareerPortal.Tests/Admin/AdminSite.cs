using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Accounts;
using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Admin;

/// <summary>The site with its first admin created by the <c>create-admin</c> command's code path,
/// and an editor account. Sign-in is not rate-limited here (tests sign in often); the rate limit
/// has its own test.</summary>
public sealed class AdminSite : IAsyncLifetime, IDisposable
{
    public const string AdminEmail = "first.admin@example.org";
    public const string AdminPassword = "purple giraffe marmalade";
    public const string EditorEmail = "editor@example.org";
    public const string EditorPassword = "seven quiet lanterns";

    private readonly TestApp _app = new();

    public AdminSite() : this(attemptsPerMinute: 10_000)
    {
    }

    internal AdminSite(int attemptsPerMinute, string? environment = null, Action<IWebHostBuilder>? configure = null)
    {
        Factory = _app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Admin:SignInAttemptsPerMinute", attemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (environment is not null)
            {
                builder.UseEnvironment(environment);
            }
            configure?.Invoke(builder);
        });
    }

    public WebApplicationFactory<Program> Factory { get; }

    public CareerDb NewDb() => Factory.Services.CreateScope().ServiceProvider.GetRequiredService<CareerDb>();

    public async Task InitializeAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CreateAdminCommand.RunAsync(Factory.Services, ["--email", AdminEmail],
            () => CreateAdminCommand.ReadPassword(inputRedirected: true,
                name => name == CreateAdminCommand.PasswordVariable ? AdminPassword : null,
                _ => throw new InvalidOperationException("no prompt when input is redirected")),
            output, error);
        Assert.True(exitCode == 0, $"create-admin failed: {error}");
        await CreateUserAsync(EditorEmail, EditorPassword, Roles.Editor);
    }

    public async Task CreateUserAsync(string email, string password, string role)
    {
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
    }

    /// <summary>A client (with its own cookies) that does not follow redirects.</summary>
    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private HttpClient? _admin;
    private HttpClient? _editor;

    /// <summary>The admin, signed in once for all tests (hashing a password is slow on purpose).</summary>
    public async Task<HttpClient> AdminAsync() => _admin ??= await SignInAsync(AdminEmail, AdminPassword);

    /// <summary>The editor, signed in once for all tests: a test that signs out, or changes the
    /// account, uses an account of its own.</summary>
    public async Task<HttpClient> EditorAsync() => _editor ??= await SignInAsync(EditorEmail, EditorPassword);

    /// <summary>Signs in through the sign-in form; the client follows redirects and keeps its cookies.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = Factory.CreateClient();
        var result = await (await Form.OpenAsync(client, "/admin/account/sign-in"))
            .Set("Input.Email", email).Set("Input.Password", password).PostAsync();
        Assert.True(result.Path == "/admin", $"sign-in as {email} ended at {result.Path}: {result.Document.QuerySelector(".error-summary")?.TextContent}");
        return client;
    }

    /// <summary>Through the admin forms, creates a career with a stage at each of <paramref name="levels"/> (ladder slugs); returns its id.</summary>
    public async Task<int> NewCareerAsync(string title, string slug, params string[] levels)
    {
        var editor = await EditorAsync();
        var created = await (await Form.OpenAsync(editor, "/admin/careers/new"))
            .Set("Input.Title", title).Set("Input.Slug", slug).Set("Input.Summary", $"The {title} path.")
            .Set("Input.Description", $"The {title} career path.").PostAsync();
        var id = int.Parse(created.Path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await using var db = NewDb();
        foreach (var level in levels)
        {
            var levelId = await db.Levels.Where(l => l.Slug == level).Select(l => l.Id).SingleAsync();
            await (await Form.OpenAsync(editor, $"/admin/career-levels/new?careerId={id}")).Set("Input.LevelId", levelId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Set("Input.Title", $"{title} ({level})").Set("Input.Focus", "The work.").PostAsync();
        }
        return id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();
}
