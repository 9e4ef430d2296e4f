using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CareerPortal.Tests.Admin;
using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Security;

/// <summary>The hostile-input suite: every attack family of <see cref="AttackCorpus"/> against
/// every public route (query, path, method, headers) and every text field of every admin form.
/// Each answer must be below 500, must not echo a payload unescaped, and must carry no
/// executable markup (script other than JSON-LD and our own files, on* attributes, javascript: links).</summary>
[Collection(AdminTests.Name)]
public sealed partial class HostileInputTests(AdminSite site)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>A few of each family: enough to cover every kind of mistake, small enough to run in seconds.</summary>
    private static IEnumerable<string> Payloads =>
        AttackCorpus.ScriptInjection.Take(4).Concat(AttackCorpus.SqlAndLike.Take(3)).Concat(AttackCorpus.ControlCharacters.Take(3))
            .Append(AttackCorpus.DeeplyNestedQuotes).Append(new string('x', 5000));

    private async Task<List<string>> PublicPathsAsync()
    {
        await using var db = site.NewDb();
        // Other tests of the collection add careers with levels but no guide: take one that has both.
        var career = await db.Careers.Where(c => c.Levels.Count > 1 && c.Sections.Any(s => s.Status == SectionStatus.Published))
            .OrderBy(c => c.Id).Select(c => c.Slug).FirstAsync();
        var level = await db.CareerLevels.Where(l => l.Career.Slug == career).Select(l => l.Level.Slug).FirstAsync();
        var section = await db.GuideSections.Where(s => s.Career.Slug == career && s.Status == SectionStatus.Published).Select(s => s.Slug).FirstAsync();
        return
        [
            PublicPaths.Home, PublicPaths.Careers, PublicPaths.Career(career), PublicPaths.Level(career, level), PublicPaths.Section(career, section),
            PublicPaths.SkillsMatrix(career), PublicPaths.Compare(career), PublicPaths.Skills, PublicPaths.Skill(await db.Skills.Select(s => s.Slug).FirstAsync()),
            PublicPaths.Certifications, PublicPaths.Certification(await db.Certifications.Select(c => c.Slug).FirstAsync()), PublicPaths.Tools, PublicPaths.Search,
            "/sitemap.xml", "/robots.txt", "/not-found",
        ];
    }

    private static void Check(string what, HttpResponseMessage response, string body, string? payload)
    {
        Assert.True((int)response.StatusCode < 500, $"{what}: {(int)response.StatusCode}");
        if (payload is not null && payload.Contains('<', StringComparison.Ordinal))
        {
            Assert.False(body.Contains(payload, StringComparison.Ordinal), $"{what}: the payload came back unescaped");
        }
        if (response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return;
        }
        var document = Parser.ParseDocument(body);
        foreach (var script in document.Scripts)
        {
            Assert.True(script.Type == "application/ld+json" || script.Source?.StartsWith("/js/", StringComparison.Ordinal) == true,
                $"{what}: executable script {script.OuterHtml[..Math.Min(200, script.OuterHtml.Length)]}");
        }
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{what}: event handler {attribute.Name} on <{element.LocalName}>");
                Assert.False(attribute.Name is "href" or "src" or "action" or "formaction" && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase),
                    $"{what}: javascript: address in {attribute.Name}");
                Assert.False(attribute.Name == "style", $"{what}: inline style on <{element.LocalName}>");
            }
        }
        Assert.Empty(document.QuerySelectorAll("style, iframe, object, embed, base"));
    }

    private static async Task SendAsync(HttpClient client, HttpRequestMessage request, string? payload)
    {
        var what = $"{request.Method} {request.RequestUri}";
        var response = await client.SendAsync(request);
        Check(what, response, await response.Content.ReadAsStringAsync(), payload);
    }

    [Fact]
    public async Task Public_routes_survive_every_family_in_the_query_and_the_path()
    {
        var client = site.Anonymous();
        foreach (var path in await PublicPathsAsync())
        {
            foreach (var payload in Payloads)
            {
                var encoded = Uri.EscapeDataString(payload);
                using var query = new HttpRequestMessage(HttpMethod.Get, $"{path}?q={encoded}&from={encoded}&to={encoded}&kind={encoded}&page={encoded}");
                await SendAsync(client, query, payload);
            }
            foreach (var bytes in AttackCorpus.InvalidUtf8Encoded)
            {
                using var query = new HttpRequestMessage(HttpMethod.Get, $"{path}?q={bytes}&from={bytes}");
                await SendAsync(client, query, null);
            }
        }
        // The test host refuses a NUL in the path outright (Kestrel answers 400): not sent there.
        foreach (var payload in Payloads.Where(p => p.Length < 2000 && !p.Contains('\0', StringComparison.Ordinal)))
        {
            using var inPath = new HttpRequestMessage(HttpMethod.Get, "/careers/" + Uri.EscapeDataString(payload));
            await SendAsync(client, inPath, payload);
            using var inSkill = new HttpRequestMessage(HttpMethod.Get, "/skills/" + Uri.EscapeDataString(payload) + "/");
            await SendAsync(client, inSkill, payload);
        }
    }

    [Fact]
    public async Task Public_routes_survive_odd_methods_and_headers()
    {
        var client = site.Anonymous();
        foreach (var path in await PublicPathsAsync())
        {
            foreach (var method in new[] { "TRACE", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "POST", "HEAD" })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "HEAD" ? null : new StringContent("<x/>") };
                await SendAsync(client, request, null);
            }
            using var headers = new HttpRequestMessage(HttpMethod.Get, path);
            headers.Headers.TryAddWithoutValidation("X-Forwarded-Host", "evil.example");
            headers.Headers.TryAddWithoutValidation("X-Forwarded-For", "not-an-address, <script>");
            headers.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "javascript");
            headers.Headers.TryAddWithoutValidation("If-None-Match", "\"" + new string('x', 4000) + "\", W/\"\0\"");
            headers.Headers.TryAddWithoutValidation("Accept", "text/html;q=<script>, */*;q=abc");
            headers.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip;q=2, br;q=-1, x");
            headers.Headers.TryAddWithoutValidation("Range", "bytes=999999-1");
            headers.Headers.TryAddWithoutValidation("Cookie", "careerportal-admin=" + new string('A', 3000));
            var response = await client.SendAsync(headers);
            var body = await response.Content.ReadAsStringAsync();
            Check($"GET {path} with odd headers", response, body, null);
            Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
        }
    }

    /// <summary>Every admin form that creates a record (found from the endpoints, as AccessTests
    /// does), with every text field set to each payload in turn.</summary>
    [Fact]
    public async Task Every_admin_field_survives_every_family()
    {
        var admin = await site.AdminAsync();
        var forms = site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RequiredValues.TryGetValue("area", out var area) && area as string == "Admin")
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.EndsWith("/new", StringComparison.Ordinal) || p == "/admin/account/password")
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(forms.Count >= 10, string.Join(", ", forms));
        await using (var db = site.NewDb())
        {
            var careerId = await db.Careers.Select(c => c.Id).FirstAsync();
            forms = forms.Select(f => f.Contains('{', StringComparison.Ordinal) ? Parameter().Replace(f, "1") : f)
                .Select(f => f is "/admin/sections/new" or "/admin/career-levels/new" or "/admin/job-titles/new" or "/admin/specializations/new"
                    or "/admin/related-careers/new" or "/admin/advancement-tiers/new" ? $"{f}?careerId={careerId}" : f).ToList();
        }
        foreach (var path in forms)
        {
            var form = await Form.OpenAsync(admin, path);
            var fields = TextFields().Matches(form.Page.QuerySelector("main form[method=post]")!.OuterHtml).Select(m => m.Groups[1].Value)
                .Where(n => n.StartsWith("Input.", StringComparison.Ordinal)).Distinct().ToList();
            // Every other payload: each family is still there, and the run stays short.
            foreach (var payload in Payloads.Where((_, index) => index % 2 == 0))
            {
                var filled = await Form.OpenAsync(admin, path);
                foreach (var field in fields)
                {
                    filled.Set(field, payload);
                }
                var result = await filled.PostAsync();
                Assert.True((int)result.Status < 500, $"POST {path} with {payload[..Math.Min(40, payload.Length)]}: {(int)result.Status}");
                // The page is read back from the parsed document, whose serialisation does not
                // escape < in attribute values: the markup checks (not the echo check) apply.
                using var parsed = new HttpResponseMessage(result.Status) { Content = new StringContent("", null, "text/html") };
                Check($"POST {path}", parsed, result.Document.DocumentElement.OuterHtml, null);
            }
        }
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    /// <summary>Names of inputs that take text (not hidden, checkbox, radio or number) and of textareas.</summary>
    [GeneratedRegex("<(?:input(?![^>]*type=\"(?:hidden|checkbox|radio|number|submit)\")|textarea)[^>]*name=\"([^\"]+)\"")]
    private static partial Regex TextFields();
}
