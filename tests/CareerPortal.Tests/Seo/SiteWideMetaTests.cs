using System.Text.Json;
using AngleSharp.Dom;
using CareerPortal.Tests.Infrastructure;

namespace CareerPortal.Tests.Seo;

/// <summary>Every public page, from the database, on the test fixture and on the content that
/// ships: what a search engine reads in its head, and the one h1 a reader sees.</summary>
[Collection(SeoSitesDefinition.Name)]
public sealed class SiteWideMetaTests(SeoSites sites)
{
    [Theory]
    [InlineData("fixture")]
    [InlineData("real")]
    public async Task Every_public_page_is_described_for_search_engines_and_social_previews(string content)
    {
        var site = sites[content];
        var pages = await SitePages.FromDatabaseAsync(site);
        using var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var problems = new List<string>();
        var titles = new Dictionary<string, string>();
        var descriptions = new Dictionary<string, string>();

        foreach (var (path, indexable) in pages)
        {
            var page = await client.GetDocumentAsync(path);
            void Check(bool ok, string problem)
            {
                if (!ok)
                {
                    problems.Add($"{path}: {problem}");
                }
            }

            var title = page.Title?.Trim() ?? "";
            Check(title.Length > 0, "empty <title>");
            Check(page.QuerySelectorAll("title").Length == 1, "not one <title>");
            titles.Add(path, title);

            var description = Single(page, "meta[name=description]", "content");
            Check(description.Length is >= 50 and <= 160, $"description of {description.Length} characters: {description}");
            descriptions.Add(path, description);

            var canonicals = page.QuerySelectorAll("link[rel=canonical]");
            Check(canonicals.Length == 1, $"{canonicals.Length} canonical links");
            var canonical = canonicals.Length > 0 ? canonicals[0].GetAttribute("href") : null;
            Check(canonical == SitePages.Absolute(path), $"canonical {canonical}");

            Check(Single(page, "meta[property='og:url']", "content") == SitePages.Absolute(path), "og:url is not the canonical URL");
            Check(Single(page, "meta[property='og:site_name']", "content") == "CareerPortal", "og:site_name");
            Check(Single(page, "meta[property='og:type']", "content") is "website" or "article", "og:type");
            Check(title.StartsWith(Single(page, "meta[property='og:title']", "content"), StringComparison.Ordinal), "og:title is not the page's title");
            Check(Single(page, "meta[property='og:description']", "content") == description, "og:description");
            Check(Single(page, "meta[name='twitter:card']", "content") == "summary", "twitter:card");
            Check(Single(page, "meta[name='twitter:title']", "content").Length > 0, "twitter:title");
            Check(Single(page, "meta[name='twitter:description']", "content") == description, "twitter:description");

            Check(page.DocumentElement.GetAttribute("lang") == "en", "html lang");
            var h1s = page.QuerySelectorAll("h1");
            Check(h1s.Length == 1 && h1s[0].TextContent.Trim().Length > 0, $"{h1s.Length} h1 elements");

            var robots = page.QuerySelector("meta[name=robots]")?.GetAttribute("content");
            Check(indexable ? robots is null : robots == "noindex", $"robots '{robots}' on a page that is {(indexable ? "" : "not ")}indexable");

            problems.AddRange(StructuredDataProblems(page, path).Select(p => $"{path}: {p}"));
        }

        problems.AddRange(Duplicates("title", titles));
        problems.AddRange(Duplicates("description", descriptions));
        Assert.True(pages.Count >= (content == "real" ? 40 : 12), $"only {pages.Count} pages found");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>JSON-LD parses; WebSite on the home page, a BreadcrumbList ending with the page
    /// itself everywhere else, and the page's own type with its required properties.</summary>
    private static List<string> StructuredDataProblems(IDocument page, string path)
    {
        List<JsonElement> items;
        try
        {
            items = JsonLdScripts.Parse(page);
        }
        catch (JsonException e)
        {
            return [$"JSON-LD does not parse: {e.Message}"];
        }
        var problems = new List<string>();
        var types = items.Select(i => i.TryGetProperty("@type", out var t) ? t.GetString() : null).ToList();
        if (items.Any(i => !i.TryGetProperty("@context", out var c) || c.GetString() != "https://schema.org"))
        {
            problems.Add("JSON-LD without @context https://schema.org");
        }
        if (path == "/")
        {
            if (!types.Contains("WebSite"))
            {
                problems.Add("no WebSite");
            }
        }
        else if (items.FirstOrDefault(i => types[items.IndexOf(i)] == "BreadcrumbList") is { ValueKind: JsonValueKind.Object } trail)
        {
            var crumbs = trail.GetProperty("itemListElement").EnumerateArray().ToList();
            if (crumbs.Count < 2 || crumbs[^1].GetProperty("item").GetString() != SitePages.Absolute(path)
                || crumbs[0].GetProperty("item").GetString() != SitePages.Absolute("/")
                || crumbs.Select(c => c.GetProperty("position").GetInt32()).SequenceEqual(Enumerable.Range(1, crumbs.Count)) is false)
            {
                problems.Add($"breadcrumbs do not run from home to the page: {trail}");
            }
        }
        else
        {
            problems.Add("no BreadcrumbList");
        }

        string[] required = path.Split('/') switch
        {
            ["", "careers", _] => ["Occupation", "name", "description", "url"],
            ["", "certifications", _] => ["EducationalOccupationalCredential", "name", "alternateName", "credentialCategory", "url"],
            _ => [],
        };
        if (required.Length > 0)
        {
            var index = types.IndexOf(required[0]);
            if (index < 0)
            {
                problems.Add($"no {required[0]}");
            }
            else
            {
                problems.AddRange(required[1..].Where(p => !items[index].TryGetProperty(p, out var v) || v.ValueKind != JsonValueKind.String || v.GetString()!.Length == 0)
                    .Select(p => $"{required[0]} without {p}"));
            }
        }
        return problems;
    }

    private static string Single(IDocument page, string selector, string attribute)
    {
        var found = page.QuerySelectorAll(selector);
        return found.Length == 1 ? found[0].GetAttribute(attribute) ?? "" : $"<{found.Length} elements match {selector}>";
    }

    private static IEnumerable<string> Duplicates(string what, Dictionary<string, string> byPath) =>
        byPath.GroupBy(p => p.Value, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"the same {what} on {string.Join(", ", g.Select(p => p.Key))}: {g.Key}");
}
