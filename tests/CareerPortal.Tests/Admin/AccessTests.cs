using System.Net;
using System.Text.RegularExpressions;
using CareerPortal.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Admin;

/// <summary>Every admin page, found from the app's own endpoints (so a new page cannot be
/// forgotten), is behind sign-in; account management is for admins only.</summary>
[Collection(AdminTests.Name)]
public sealed partial class AccessTests(AdminSite site)
{
    private static readonly string[] Anonymous = ["/admin/account/sign-in", "/admin/account/denied"];

    /// <summary>The admin area's routes with their parameters filled in ("1" for a number, a user id for a user).</summary>
    private List<string> AdminPaths(string userId)
    {
        var endpoints = site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RequiredValues.TryGetValue("area", out var area) && area as string == "Admin");
        return endpoints
            .Select(e => "/" + Parameter().Replace(e.RoutePattern.RawText!.TrimStart('/'), m => m.Value.Contains(":int", StringComparison.Ordinal) ? "1" : userId))
            .Distinct().OrderBy(p => p, StringComparer.Ordinal).ToList();
    }

    private async Task<string> AdminIdAsync()
    {
        await using var db = site.NewDb();
        return db.Users.Single(u => u.Email == AdminSite.AdminEmail).Id;
    }

    [Fact]
    public async Task The_endpoint_list_holds_every_kind_of_admin_page()
    {
        var paths = AdminPaths(await AdminIdAsync());

        foreach (var expected in new[] { "/admin", "/admin/careers", "/admin/careers/1", "/admin/careers/new", "/admin/careers/1/edit", "/admin/careers/1/delete",
            "/admin/career-levels/1/edit", "/admin/sections/1/move", "/admin/levels/new", "/admin/skills/1/edit", "/admin/certifications/1/delete", "/admin/tools",
            "/admin/job-titles/new", "/admin/specializations/1/edit", "/admin/related-careers/1/delete", "/admin/advancement-tiers/new",
            "/admin/sections/1/edit", "/admin/users", "/admin/users/new", "/admin/account/sign-in", "/admin/account/password" })
        {
            Assert.Contains(expected, paths);
        }
        Assert.True(paths.Count >= 45, $"only {paths.Count} admin routes: {string.Join(", ", paths)}");
    }

    [Fact]
    public async Task Every_admin_page_sends_anonymous_visitors_to_sign_in_for_GET_and_POST()
    {
        var client = site.Anonymous();
        foreach (var path in AdminPaths(await AdminIdAsync()).Except(Anonymous))
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                using var request = new HttpRequestMessage(method, path);
                if (method == HttpMethod.Post)
                {
                    request.Content = new FormUrlEncodedContent([]);
                }
                var response = await client.SendAsync(request);

                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{method} {path}: {(int)response.StatusCode}");
                Assert.StartsWith("http://localhost/admin/account/sign-in?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
                Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            }
        }
    }

    /// <summary>The Admin role's folders (Hosting/AdminArea.cs): accounts, the audit log, export and import.</summary>
    private static readonly string[] AdminOnly = ["/admin/users", "/admin/audit", "/admin/content"];

    [Fact]
    public async Task Editors_are_refused_account_management_and_may_open_everything_else()
    {
        var editor = site.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var signIn = await Form.OpenAsync(editor, "/admin/account/sign-in");
        await signIn.Set("Input.Email", AdminSite.EditorEmail).Set("Input.Password", AdminSite.EditorPassword).PostAsync();

        foreach (var path in AdminPaths(await AdminIdAsync()).Except(Anonymous))
        {
            var response = await editor.GetAsync(path);
            var location = response.Headers.Location?.ToString() ?? "";
            if (AdminOnly.Any(prefix => path.StartsWith(prefix, StringComparison.Ordinal)))
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && location.Contains("/admin/account/denied", StringComparison.Ordinal), $"GET {path}: {(int)response.StatusCode} {location}");
            }
            else
            {
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"GET {path} as editor: {(int)response.StatusCode} {location}");
            }
        }
        var denied = await editor.GetAsync("/admin/account/denied");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);

        var post = await editor.PostAsync("/admin/users/new", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/admin/account/denied", post.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_admin_page_asks_for_output_caching()
    {
        var cached = site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RequiredValues.TryGetValue("area", out var area) && area as string == "Admin")
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.OutputCaching.OutputCacheAttribute>() is not null
                || e.Metadata.GetMetadata<Microsoft.AspNetCore.OutputCaching.IOutputCachePolicy>() is not null)
            .Select(e => e.RoutePattern.RawText);

        Assert.Empty(cached);
    }

    [Fact]
    public async Task Admins_may_open_every_admin_page()
    {
        var admin = await site.AdminAsync();
        foreach (var path in AdminPaths(await AdminIdAsync()).Except(Anonymous))
        {
            var response = await admin.GetAsync(path);

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"GET {path} as admin: {(int)response.StatusCode}");
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task Admin_pages_are_never_served_from_the_output_cache()
    {
        var admin = await site.AdminAsync();
        await using (var db = site.NewDb())
        {
            Assert.NotEmpty(db.Tools);
        }
        var first = await admin.GetDocumentAsync("/admin/tools?q=runner");
        await (await Form.OpenAsync(admin, "/admin/tools/new")).Set("Input.Name", "Runner Two").Set("Input.Slug", "runner-two")
            .Set("Input.Category", "Automation").Set("Input.Summary", "Another runner.").PostAsync();

        var second = await admin.GetDocumentAsync("/admin/tools?q=runner");

        Assert.Equal(first.QuerySelectorAll("tbody tr").Length + 1, second.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task Signing_out_needs_a_POST_with_the_form()
    {
        await site.CreateUserAsync("leaving.editor@example.org", AdminSite.EditorPassword, "Editor");
        var editor = await site.SignInAsync("leaving.editor@example.org", AdminSite.EditorPassword);

        var asked = await editor.GetDocumentAsync("/admin/account/sign-out");
        Assert.Equal("Sign out", asked.Text("h1"));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).StatusCode);   // still signed in

        var result = await (await Form.OpenAsync(editor, "/admin/account/sign-out")).PostAsync();

        Assert.StartsWith("/admin/account/sign-in", result.Path, StringComparison.Ordinal);
        var after = await editor.GetAsync("/admin");
        Assert.StartsWith("/admin/account/sign-in", after.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_a_valid_token_is_refused_with_a_page_that_says_why()
    {
        var editor = await site.EditorAsync();
        using var content = new FormUrlEncodedContent([new("Input.Name", "Sneaky"), new("__RequestVerificationToken", "forged")]);

        var response = await editor.PostAsync("/admin/skills/new", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This form has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = site.NewDb();
        Assert.False(db.Skills.Any(s => s.Name == "Sneaky"));
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
