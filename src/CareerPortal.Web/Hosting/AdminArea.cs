using System.Threading.RateLimiting;
using CareerPortal.Web.Accounts;
using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace CareerPortal.Web.Hosting;

/// <summary>The editors' area under /admin: Identity accounts in the site's database, one
/// authorization policy over the whole area, hardened cookies, a rate-limited sign-in, and
/// responses that no cache keeps.</summary>
public static partial class AdminArea
{
    public const string Area = "Admin";
    public const string AreaPolicy = "AdminArea";
    public const string AdminPolicy = "AdminOnly";
    public const string PathPrefix = "/admin";

    public static IServiceCollection AddAdminArea(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddIdentity<IdentityUser, IdentityRole>(options =>
            {
                // Length and a block list, no composition rules (NIST SP 800-63B, OWASP).
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                // Per account from every address: the long-term limit. One address is stopped much
                // sooner, per account (SignInThrottle), so a stranger cannot lock an editor out.
                options.Lockout.MaxFailedAccessAttempts = SignInThrottle.AccountLockoutAttempts;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<CareerDb>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordPolicy>();

        // Every request checks the account's security stamp, so disabling an account or resetting
        // its password ends its sessions at once rather than within the default 30 minutes.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        // Secure and __Host- only outside Development and Testing, which run over plain http
        // (a browser drops a Secure cookie sent over http, except on localhost).
        var hardened = !environment.IsDevelopment() && !environment.IsEnvironment("Testing");
        services.ConfigureApplicationCookie(options =>
        {
            Harden(options.Cookie, "careerportal-admin", hardened);
            options.LoginPath = PathPrefix + "/account/sign-in";
            options.LogoutPath = PathPrefix + "/account/sign-out";
            options.AccessDeniedPath = PathPrefix + "/account/denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            SessionEnd.Track(options, options.Cookie.Name!);
        });
        // Admin forms speak the editor's language: no "The value '' is invalid." (see FormBinding).
        services.Configure<MvcOptions>(options =>
        {
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            options.ModelMetadataDetailsProviders.Add(new Areas.Admin.FormBinding());
        });
        // No client-side validation library is loaded: its data-val attributes carried framework wording.
        services.Configure<MvcViewOptions>(options => options.HtmlHelperOptions.ClientValidationEnabled = false);
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<DummyPasswordCheck>();
        services.AddAntiforgery(options =>
        {
            // Antiforgery refuses to work at all over plain http when its cookie policy says
            // Always (a 500 on http://localhost in Production). This builder marks the cookie
            // Secure on every response instead, which browsers accept from http://localhost too;
            // anywhere else over plain http the cookie is dropped and the form says it expired.
            if (hardened)
            {
                options.Cookie = new AlwaysSecureCookieBuilder();
            }
            Harden(options.Cookie, "careerportal-antiforgery", hardened);
            if (hardened)
            {
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }
        });
        services.Configure<CookieTempDataProviderOptions>(options => Harden(options.Cookie, "careerportal-notice", hardened));

        services.AddAuthorizationBuilder()
            .AddPolicy(AreaPolicy, policy => policy.RequireRole(Roles.Admin, Roles.Editor))
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(Roles.Admin));
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeAreaFolder(Area, "/", AreaPolicy);
            options.Conventions.AuthorizeAreaFolder(Area, "/Users", AdminPolicy);
            options.Conventions.AuthorizeAreaFolder(Area, "/ContentTransfer", AdminPolicy);
            options.Conventions.AuthorizeAreaFolder(Area, "/Audit", AdminPolicy);
            options.Conventions.AllowAnonymousToAreaPage(Area, "/Account/SignIn");
            options.Conventions.AllowAnonymousToAreaPage(Area, "/Account/Denied");
            options.Conventions.AddAreaFolderRouteModelConvention(Area, "/", AnswerNewOnEditPages);
            options.Conventions.AddAreaFolderApplicationModelConvention(Area, "/", model => model.Filters.Add(new Areas.Admin.ExpiredFormFilter()));
        });

        var attemptsPerMinute = configuration.GetValue("Admin:SignInAttemptsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) => TooManyAttemptsAsync(context.HttpContext, cancellationToken);
            // Only posting the sign-in form counts: showing it is free.
            options.AddPolicy(SignInThrottle.RateLimitPolicy, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = attemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("show"));
        });
        return services;
    }

    /// <summary>Call before the output cache, so cached public pages are never served from or
    /// stored for a signed-in request, and every /admin response is marked no-store.</summary>
    public static WebApplication UseAdminArea(this WebApplication app)
    {
        app.Use(static (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(PathPrefix))
            {
                context.Response.OnStarting(static state =>
                {
                    var headers = ((HttpContext)state).Response.Headers;
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                    headers["X-Robots-Tag"] = "noindex, nofollow";
                    return Task.CompletedTask;
                }, context);
            }
            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    private sealed class AlwaysSecureCookieBuilder : CookieBuilder
    {
        public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
        {
            var options = base.Build(context, expiresFrom);
            options.Secure = true;
            return options;
        }
    }

    private static void Harden(CookieBuilder cookie, string name, bool hardened)
    {
        cookie.Name = hardened ? "__Host-" + name : name;
        cookie.SecurePolicy = hardened ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Strict;
        cookie.Path = "/";
        cookie.Domain = null;
    }

    /// <summary>An Edit page (route <c>.../{id}/edit</c>) also answers <c>.../new</c>: one page,
    /// one input model and one validator both create and change a row.</summary>
    private static void AnswerNewOnEditPages(PageRouteModel model)
    {
        foreach (var selector in model.Selectors.ToList())
        {
            if (selector.AttributeRouteModel?.Template is { } template && EditTemplate().Match(template) is { Success: true } edit)
            {
                model.Selectors.Add(new SelectorModel
                {
                    AttributeRouteModel = new AttributeRouteModel { Template = template[..edit.Index] + "new", Order = 1 },
                });
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{id(:[a-z]+)?\}/edit$")]
    private static partial System.Text.RegularExpressions.Regex EditTemplate();

    private static async ValueTask TooManyAttemptsAsync(HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.Headers.RetryAfter = "60";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(TooManyAttemptsPage, cancellationToken);
    }

    private const string TooManyAttemptsPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>Too many sign-in attempts | CareerPortal admin</title>
            <link rel="stylesheet" href="/site.css">
        </head>
        <body>
            <main id="main" class="wrap">
                <h1>Too many sign-in attempts</h1>
                <p class="lead">There were too many attempts to sign in from your network in the last minute.</p>
                <p>Wait a minute, then <a href="/admin/account/sign-in">try again</a>. If you have forgotten your password, ask an admin to reset it.</p>
            </main>
        </body>
        </html>
        """;
}
