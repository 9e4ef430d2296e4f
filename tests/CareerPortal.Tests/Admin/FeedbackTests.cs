using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CareerPortal.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Admin;

/// <summary>Every admin form, posted empty and posted with garbage: each problem is one message in
/// the editor's words, next to its field, and the summary lists them in the form's order.</summary>
[Collection(AdminTests.Name)]
public sealed partial class FeedbackTests(AdminSite site)
{
    /// <summary>The framework's own wording, which means a message was not written for editors.</summary>
    [GeneratedRegex(@"The value '.*?' is (invalid|not valid)|field is required|is not valid for|must be a number|A value for the '|A value is required|The input was not valid", RegexOptions.IgnoreCase)]
    private static partial Regex FrameworkWording();

    /// <summary>Admin forms that are not a kind of record: accounts.</summary>
    public static TheoryData<string> OtherForms => new("/admin/users/new", "/admin/account/password");

    public static TheoryData<string, bool> KindsEmptyAndGarbage()
    {
        var data = new TheoryData<string, bool>();
        foreach (var kind in Web.Areas.Admin.AdminKinds.All)
        {
            data.Add(kind.Segment, false);
            data.Add(kind.Segment, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(KindsEmptyAndGarbage))]
    public async Task A_new_record_posted_empty_or_with_garbage_gets_one_message_per_problem_in_form_order(string segment, bool garbage)
    {
        await using var db = site.NewDb();
        var (query, _) = await Kind.All[segment].New(db, "t" + Guid.NewGuid().ToString("N")[..8]);
        await CheckAsync(await site.AdminAsync(), $"/admin/{segment}/new{query}", garbage);
    }

    [Theory]
    [MemberData(nameof(Kind.Names), MemberType = typeof(Kind))]
    public async Task An_existing_record_posted_with_garbage_gets_one_message_per_problem_in_form_order(string segment)
    {
        int id;
        await using (var db = site.NewDb())
        {
            id = await Kind.All[segment].Existing(db);
        }
        await CheckAsync(await site.AdminAsync(), $"/admin/{segment}/{id}/edit", garbage: true, expectChangesRefused: true);
    }

    [Theory]
    [MemberData(nameof(OtherForms))]
    public async Task Account_forms_posted_empty_get_one_message_per_problem_in_form_order(string path) =>
        await CheckAsync(await site.AdminAsync(), path, garbage: false);

    [Fact]
    public async Task The_sign_in_form_posted_empty_gets_one_message_per_field() =>
        await CheckAsync(site.Anonymous(), "/admin/account/sign-in", garbage: false);

    /// <summary>Posts the form at <paramref name="path"/> with every visible field emptied (or given a
    /// value of the wrong sort) and checks the answer.</summary>
    private static async Task CheckAsync(HttpClient client, string path, bool garbage, bool expectChangesRefused = false)
    {
        var form = await Form.OpenAsync(client, path);
        var controls = form.Page.QuerySelector("main form[method=post]")!.QuerySelectorAll("input, textarea, select")
            .Where(c => c.GetAttribute("name") is { Length: > 0 } && c.GetAttribute("type") is not ("hidden" or "submit" or "checkbox" or "radio" or "search"))
            .ToList();
        Assert.NotEmpty(controls);
        foreach (var control in controls)
        {
            form.Set(control.GetAttribute("name")!, !garbage ? "" : control switch
            {
                IHtmlSelectElement => "not-an-option",
                _ when control.GetAttribute("type") == "number" => "twelve",
                _ when control.GetAttribute("type") == "email" => "@@",
                _ => "\u00a0  ",
            });
        }

        var result = await form.PostAsync();

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var body = result.Document.Body!.InnerHtml;
        Assert.False(FrameworkWording().IsMatch(body), $"{path}: framework wording in {body.Substring(Math.Max(0, FrameworkWording().Match(body).Index - 100), 200)}");
        var summary = result.Document.QuerySelectorAll(".error-summary li").ToList();
        Assert.True(summary.Count > 0 || !expectChangesRefused, $"{path}: no error summary");
        Assert.NotEmpty(summary);

        var linked = summary.Select(li => li.QuerySelector("a")).Where(a => a is not null).Select(a => a!.GetAttribute("href")![1..]).ToList();
        Assert.Equal(linked.Distinct().Count(), linked.Count);   // one message per field
        var targets = linked.Select(id => result.Document.GetElementById(id) ?? throw new Xunit.Sdk.XunitException($"{path}: the summary links to #{id}, which is not on the page")).ToList();
        var inFormOrder = targets.OrderBy(t => t, Comparer<IElement>.Create((a, b) => a == b ? 0 : a.CompareDocumentPosition(b).HasFlag(DocumentPositions.Following) ? -1 : 1)).ToList();
        Assert.Equal(inFormOrder.Select(t => t.Id), targets.Select(t => t.Id));

        foreach (var (link, target) in summary.Where(li => li.QuerySelector("a") is not null).Zip(targets))
        {
            if (target.GetAttribute("type") == "hidden")
            {
                continue;
            }
            // Next to its field, the same single message.
            var next = result.Document.GetElementById(target.Id + "-error");
            Assert.True(next is not null, $"{path}: {target.Id} has no message next to it");
            Assert.Equal(link.TextContent.Trim(), next!.TextContent.Trim());
            Assert.Contains(target.Id + "-error", target.GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
        }
    }
}

/// <summary>Catalog entries and careers are told apart by their names, not only their slugs.</summary>
[Collection(AdminTests.Name)]
public sealed class DuplicateNameTests(AdminSite site)
{
    public static TheoryData<string, string> NamedKinds => new()
    {
        { "skills", "Input.Name" },
        { "certifications", "Input.Name" },
        { "tools", "Input.Name" },
        { "careers", "Input.Title" },
    };

    [Theory]
    [MemberData(nameof(NamedKinds))]
    public async Task A_second_record_with_an_existing_name_in_other_capitals_and_spacing_is_refused(string segment, string field)
    {
        var kind = Kind.All[segment];
        var marker = "t" + Guid.NewGuid().ToString("N")[..8];
        string existing;
        await using (var db = site.NewDb())
        {
            var id = await kind.Existing(db);
            var form = await Form.OpenAsync(await site.EditorAsync(), $"/admin/{segment}/{id}/edit");
            existing = form.Get(field)!;
        }
        var twin = "  " + string.Join("  ", existing.Split(' ').Select((word, i) => i % 2 == 0 ? word.ToUpperInvariant() : word.ToLowerInvariant())) + " ";
        Form created;
        await using (var db = site.NewDb())
        {
            var (query, fields) = await kind.New(db, marker);
            created = await Form.OpenAsync(await site.EditorAsync(), $"/admin/{segment}/new{query}");
            foreach (var (name, value) in fields)
            {
                created.Set(name, value);
            }
        }

        var result = await created.Set(field, twin).PostAsync();

        Assert.Contains("already has this name", result.Document.Text($"#{field.Replace('.', '_')}-error"), StringComparison.Ordinal);
        await using (var db = site.NewDb())
        {
            Assert.Null(await kind.Find(db, marker));
        }
    }

    [Theory]
    [MemberData(nameof(NamedKinds))]
    public async Task Saving_a_record_under_its_own_name_is_not_a_duplicate(string segment, string field)
    {
        int id;
        await using (var db = site.NewDb())
        {
            id = await Kind.All[segment].Existing(db);
        }
        var form = await Form.OpenAsync(await site.EditorAsync(), $"/admin/{segment}/{id}/edit");

        var original = form.Get(field)!;

        var result = await form.Set(field, original.ToUpperInvariant()).PostAsync();

        Assert.Null(result.Document.QuerySelector(".error-summary"));
        await (await Form.OpenAsync(await site.EditorAsync(), $"/admin/{segment}/{id}/edit")).Set(field, original).PostAsync();
    }
}

/// <summary>A slug left empty is made from the name; the form says so and tells its script where the name is.</summary>
[Collection(AdminTests.Name)]
public sealed class SlugFromNameTests(AdminSite site)
{
    [Fact]
    public async Task A_new_skill_saved_without_a_slug_gets_one_made_from_its_name()
    {
        var marker = "T" + Guid.NewGuid().ToString("N")[..6];
        var form = await Form.OpenAsync(await site.EditorAsync(), "/admin/skills/new");
        Assert.Equal("Input_Name", form.Page.QuerySelector("#Input_Slug")!.GetAttribute("data-slug-from"));
        Assert.Contains("Left empty, it is made from the name.", form.Page.Text("#Input_Slug-hint"), StringComparison.Ordinal);

        var result = await form.Set("Input.Name", $"Ríšk & Change {marker} (Advanced)").Set("Input.Slug", "").Set("Input.Kind", "Soft").Set("Input.Summary", "A skill.").PostAsync();

        Assert.Null(result.Document.QuerySelector(".error-summary"));
        await using var db = site.NewDb();
        Assert.True(await db.Skills.AnyAsync(s => s.Slug == $"risk-change-{marker.ToLowerInvariant()}-advanced"));
    }

    [Fact]
    public async Task An_empty_name_and_slug_is_one_problem_with_one_message()
    {
        var form = await Form.OpenAsync(await site.EditorAsync(), "/admin/tools/new");

        var result = await form.Set("Input.Name", "").Set("Input.Slug", "").Set("Input.Category", "Testing").Set("Input.Summary", "A tool.").PostAsync();

        Assert.Equal(["Enter a name."], result.Document.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()));
        Assert.Null(result.Document.QuerySelector("#Input_Slug-error"));
    }

    [Theory]
    [InlineData("Risk & Change Management", "risk-change-management")]
    [InlineData("  Ünïcode -- naïve  café ", "unicode-naive-cafe")]
    [InlineData("!!!", "")]
    public void Slugs_are_made_by_one_rule(string name, string slug) =>
        Assert.Equal(slug, Web.Areas.Admin.SlugFromAttribute.Slug(name));
}

/// <summary>After saving, the editor is back where they came from: the list with its search and page, or the career.</summary>
[Collection(AdminTests.Name)]
public sealed class ReturnAfterSavingTests(AdminSite site)
{
    private async Task<FormResult> SaveSkillFromAsync(string? referer, string query = "")
    {
        var editor = await site.EditorAsync();
        int id;
        await using (var db = site.NewDb())
        {
            id = await Kind.All["skills"].Existing(db);
        }
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/admin/skills/{id}/edit{query}");
        if (referer is not null)
        {
            request.Headers.Referrer = new Uri(referer, UriKind.RelativeOrAbsolute);
        }
        var response = await editor.SendAsync(request);
        var form = await Form.ReadAsync(editor, response);
        return await form.PostAsync();
    }

    [Fact]
    public async Task Saving_returns_to_the_list_with_its_search_and_page()
    {
        var result = await SaveSkillFromAsync("http://localhost/admin/skills?q=tri&page=1");
        Assert.Equal("/admin/skills?q=tri&page=1", result.Path);
        Assert.Contains("Saved", result.Document.Text(".notice"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_returns_to_an_explicit_return_address()
    {
        var result = await SaveSkillFromAsync(referer: null, "?ReturnUrl=" + Uri.EscapeDataString("/admin/careers/1"));
        Assert.Equal("/admin/careers/1", result.Path);
    }

    [Theory]
    [InlineData("https://evil.example/admin/skills")]
    [InlineData("http://localhost/admin/../\\evil.example/")]
    [InlineData("http://localhost/careers")]
    [InlineData("http://localhost/admin/%2e%2e/careers")]
    public async Task A_return_address_outside_the_admin_or_not_plain_is_ignored(string referer)
    {
        var result = await SaveSkillFromAsync(referer);
        Assert.Equal("/admin/skills", result.Path);
    }
}

/// <summary>A session that ends while editing: the sign-in page says why, in words that fit.</summary>
[Collection(AdminTests.Name)]
public sealed class SessionEndedWhileEditingTests(AdminSite site)
{
    [Fact]
    public async Task A_disabled_editor_saving_is_sent_to_sign_in_which_says_the_account_was_disabled_and_nothing_is_saved()
    {
        const string email = "disabled.while.editing@example.org";
        await site.CreateUserAsync(email, AdminSite.EditorPassword, "Editor");
        var client = await site.SignInAsync(email, AdminSite.EditorPassword);
        int id;
        await using (var db = site.NewDb())
        {
            id = await Kind.All["tools"].Existing(db);
        }
        var form = await Form.OpenAsync(client, $"/admin/tools/{id}/edit");
        using (var scope = site.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            await Web.Accounts.Disabling.DisableAsync(users, (await users.FindByEmailAsync(email))!);
        }

        var saved = await form.Set("Input.Summary", "Typed while the account was disabled.").PostAsync();

        Assert.StartsWith("/admin/account/sign-in?ReturnUrl=" + Uri.EscapeDataString($"/admin/tools/{id}/edit"), saved.Path, StringComparison.OrdinalIgnoreCase);
        var page = saved.Document;
        var words = page.Text("main");
        Assert.Contains("an admin disabled your account", words, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong password", words, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("15 minutes", words, StringComparison.Ordinal);
        await using (var db = site.NewDb())
        {
            Assert.DoesNotContain("disabled", (await db.Tools.SingleAsync(t => t.Id == id)).Summary, StringComparison.Ordinal);
        }
    }
}
