using CareerPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Admin;

[Collection(AdminTests.Name)]
public sealed class UsersTests(AdminSite site)
{
    private const string Password = "copper kettle evenings";

    private async Task<string> IdOfAsync(string email)
    {
        await using var db = site.NewDb();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private static string Path(HttpResponseMessage response) => response.RequestMessage!.RequestUri!.AbsolutePath;

    [Fact]
    public async Task An_admin_creates_an_editor_who_can_sign_in_and_edit_but_not_manage_accounts()
    {
        var admin = await site.AdminAsync();

        var created = await (await Form.OpenAsync(admin, "/admin/users/new"))
            .Set("Input.Email", "new.editor@example.org").Set("Input.Role", "Editor").Set("Input.Password", Password).PostAsync();

        Assert.Equal("/admin/users", created.Path);
        Assert.Contains("new.editor@example.org", created.Document.Text("tbody"), StringComparison.Ordinal);
        var editor = await site.SignInAsync("new.editor@example.org", Password);
        var home = await editor.GetDocumentAsync("/admin");
        Assert.Null(home.QuerySelector("a[href='/admin/users']"));
        Assert.NotNull(home.QuerySelector("a[href='/admin/careers']"));
        Assert.Equal("/admin/account/denied", Path(await editor.GetAsync("/admin/users")));
    }

    [Theory]
    [InlineData("short pass", "at least 12")]
    [InlineData("password1234", "commonly used")]
    [InlineData("aaaaaaaaaaaaaaaa", "repeated")]
    [InlineData("weak.password@example.org", "your email address")]
    public async Task Weak_first_passwords_are_refused_on_the_password_field(string password, string message)
    {
        var admin = await site.AdminAsync();

        var result = await (await Form.OpenAsync(admin, "/admin/users/new"))
            .Set("Input.Email", "weak.password@example.org").Set("Input.Password", password).PostAsync();

        Assert.Contains(message, result.Document.Text("#Input_Password-error"), StringComparison.Ordinal);
        Assert.Equal("weak.password@example.org", result.Document.QuerySelector("#Input_Email")!.GetAttribute("value"));
        await using var db = site.NewDb();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "weak.password@example.org"));
    }

    [Fact]
    public async Task A_taken_email_is_refused_on_the_email_field()
    {
        var result = await (await Form.OpenAsync(await site.AdminAsync(), "/admin/users/new"))
            .Set("Input.Email", AdminSite.EditorEmail).Set("Input.Password", Password).PostAsync();

        Assert.Contains("already taken", result.Document.Text("#Input_Email-error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_an_editor_ends_their_session_at_once_and_enabling_lets_them_back()
    {
        await site.CreateUserAsync("leaver@example.org", Password, "Editor");
        var leaver = await site.SignInAsync("leaver@example.org", Password);
        Assert.Equal("/admin", Path(await leaver.GetAsync("/admin")));
        var admin = await site.AdminAsync();
        var id = await IdOfAsync("leaver@example.org");

        var disabled = await (await Form.OpenAsync(admin, $"/admin/users/{id}/access")).PostAsync();

        Assert.Contains("Disabled the account leaver@example.org", disabled.Document.Text(".notice"), StringComparison.Ordinal);
        Assert.Contains("Disabled", disabled.Document.Text("tbody"), StringComparison.Ordinal);
        Assert.Equal("/admin/account/sign-in", Path(await leaver.GetAsync("/admin")));
        var refused = await (await Form.OpenAsync(leaver, "/admin/account/sign-in"))
            .Set("Input.Email", "leaver@example.org").Set("Input.Password", Password).PostAsync();
        Assert.Contains("locked", refused.Document.Text(".error-summary"), StringComparison.Ordinal);

        var enabled = await (await Form.OpenAsync(admin, $"/admin/users/{id}/access")).PostAsync();

        Assert.Contains("Enabled", enabled.Document.Text(".notice"), StringComparison.Ordinal);
        await site.SignInAsync("leaver@example.org", Password);
    }

    [Fact]
    public async Task Resetting_a_password_ends_their_sessions_and_only_the_new_one_works()
    {
        await site.CreateUserAsync("forgot@example.org", Password, "Editor");
        var session = await site.SignInAsync("forgot@example.org", Password);
        var id = await IdOfAsync("forgot@example.org");

        var reset = await (await Form.OpenAsync(await site.AdminAsync(), $"/admin/users/{id}/password"))
            .Set("Input.Password", "fresh granite harbour").PostAsync();

        Assert.Contains("Set a new password", reset.Document.Text(".notice"), StringComparison.Ordinal);
        Assert.Equal("/admin/account/sign-in", Path(await session.GetAsync("/admin")));
        var old = await (await Form.OpenAsync(site.Factory.CreateClient(), "/admin/account/sign-in"))
            .Set("Input.Email", "forgot@example.org").Set("Input.Password", Password).PostAsync();
        Assert.Equal("/admin/account/sign-in", old.Path);
        await site.SignInAsync("forgot@example.org", "fresh granite harbour");
    }

    [Fact]
    public async Task An_admin_can_promote_an_editor_but_cannot_disable_or_demote_themselves()
    {
        await site.CreateUserAsync("rising@example.org", Password, "Editor");
        var admin = await site.AdminAsync();
        var rising = await IdOfAsync("rising@example.org");
        await (await Form.OpenAsync(admin, $"/admin/users/{rising}/edit")).Set("Input.Role", "Admin").PostAsync();
        var promoted = await site.SignInAsync("rising@example.org", Password);
        Assert.Equal("/admin/users", Path(await promoted.GetAsync("/admin/users")));

        var me = await IdOfAsync(AdminSite.AdminEmail);
        var disable = await (await Form.OpenAsync(admin, $"/admin/users/{me}/access")).PostAsync();
        Assert.Contains("cannot disable your own account", disable.Document.Text(".error-summary"), StringComparison.Ordinal);
        var demote = await (await Form.OpenAsync(admin, $"/admin/users/{me}/edit")).Set("Input.Role", "Editor").PostAsync();
        Assert.Contains("cannot take the admin role from yourself", demote.Document.Text("#Input_Role-error"), StringComparison.Ordinal);
        Assert.Equal("/admin/users", Path(await admin.GetAsync("/admin/users")));
    }
}
