using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CareerPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Seo;

[Collection(SeoSitesDefinition.Name)]
public sealed class SitemapTests(SeoSites sites)
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Theory]
    [InlineData("fixture")]
    [InlineData("real")]
    public async Task The_sitemap_is_valid_against_the_protocol_schema(string content)
    {
        using var client = sites[content].CreateClient();
        var response = await client.GetAsync("/sitemap.xml");

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var errors = Validate(await response.Content.ReadAsStringAsync());
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("fixture")]
    [InlineData("real")]
    public async Task The_sitemap_lists_exactly_the_indexable_pages(string content)
    {
        var site = sites[content];
        using var client = site.CreateClient();

        var listed = (await GetSitemapAsync(client)).Keys.ToHashSet();

        var indexable = (await SitePages.FromDatabaseAsync(site)).Where(p => p.Indexable).Select(p => SitePages.Absolute(p.Path)).ToHashSet();
        Assert.True(listed.SetEquals(indexable),
            $"missing: {string.Join(", ", indexable.Except(listed))}\nnot indexable: {string.Join(", ", listed.Except(indexable))}");
    }

    [Fact]
    public async Task Short_profiles_drafts_errors_admin_and_search_are_left_out()
    {
        using var client = sites.Fixture.CreateClient();

        var listed = (await GetSitemapAsync(client)).Keys.ToList();

        Assert.Contains(SitePages.Absolute("/careers/test-analyst"), listed);
        Assert.DoesNotContain(SitePages.Absolute("/careers/data-steward"), listed);
        Assert.DoesNotContain(SitePages.Absolute("/careers/test-analyst/guide/upcoming"), listed);
        Assert.DoesNotContain(listed, url => url.Contains("/admin", StringComparison.Ordinal) || url.Contains("/search", StringComparison.Ordinal)
            || url.EndsWith("/not-found", StringComparison.Ordinal) || url.EndsWith("/error", StringComparison.Ordinal));
        Assert.All(listed, url => Assert.StartsWith("https://careers.example.org/", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lastmod_is_the_latest_change_among_the_rows_a_page_shows()
    {
        using var site = new TestApp();
        await using (var db = site.NewDb())
        {
            // Set directly, as the database would hold them: SaveChanges would stamp "now".
            await db.JobTitles.Where(t => t.Title == "Head of Quality").ExecuteUpdateAsync(t => t.SetProperty(x => x.UpdatedAt, Utc("2031-02-03T04:05:06Z")));
            await db.Skills.Where(s => s.Slug == "patience").ExecuteUpdateAsync(s => s.SetProperty(x => x.UpdatedAt, Utc("2032-03-04T05:06:07Z")));
            await db.GuideSections.Where(s => s.Slug == "overview").ExecuteUpdateAsync(s => s.SetProperty(x => x.UpdatedAt, Utc("2033-04-05T06:07:08Z")));
        }
        using var client = site.CreateClient();

        var lastmod = await GetSitemapAsync(client);

        string At(string path) => lastmod[SitePages.Absolute(path)];
        // A job title: its career, its level and the lists that count titles.
        Assert.Equal("2031-02-03T04:05:06Z", At("/careers/test-analyst/levels/senior"));
        Assert.Equal("2031-02-03T04:05:06Z", At("/"));
        Assert.Equal("2031-02-03T04:05:06Z", At("/careers"));
        // A skill: its own page, the skills list and the levels that need it.
        Assert.Equal("2032-03-04T05:06:07Z", At("/skills/patience"));
        Assert.Equal("2032-03-04T05:06:07Z", At("/skills"));
        Assert.Equal("2032-03-04T05:06:07Z", At("/careers/test-analyst/levels/entry"));
        Assert.True(string.CompareOrdinal(At("/careers/test-analyst/levels/mid"), "2031") < 0, "the mid level does not show patience or the senior title");
        Assert.True(string.CompareOrdinal(At("/skills/test-design"), "2031") < 0, "another skill kept its own date");
        // A guide section: itself, its siblings (which list it) and the career page.
        Assert.Equal("2033-04-05T06:07:08Z", At("/careers/test-analyst/guide/overview"));
        Assert.Equal("2033-04-05T06:07:08Z", At("/careers/test-analyst/guide/interviews"));
        Assert.Equal("2033-04-05T06:07:08Z", At("/careers/test-analyst"));
    }

    [Fact]
    public async Task Lastmod_is_a_w3c_datetime_in_utc()
    {
        using var client = sites.Real.CreateClient();

        var lastmod = await GetSitemapAsync(client);

        Assert.All(lastmod.Values, value => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", value));
    }

    /// <summary>The schema is what makes the validity test mean something: it must reject these.</summary>
    [Theory]
    [InlineData("<url><loc>https://careers.example.org/a</loc><lastmod>yesterday</lastmod></url>")]
    [InlineData("<url><loc>/a</loc></url>")]
    [InlineData("<url><lastmod>2030-01-01</lastmod><loc>https://careers.example.org/a</loc></url>")]
    [InlineData("<url><loc>https://careers.example.org/a</loc><changefreq>sometimes</changefreq></url>")]
    [InlineData("<url><loc>https://careers.example.org/a</loc><priority>1.5</priority></url>")]
    [InlineData("<url><loc>https://careers.example.org/a</loc></url><url><loc>https://careers.example.org/a</loc></url>")]
    [InlineData("<page><loc>https://careers.example.org/a</loc></page>")]
    [InlineData("")]
    public void The_schema_rejects_what_the_protocol_forbids(string urls)
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"{Sitemaps.NamespaceName}\">{urls}</urlset>";

        Assert.NotEmpty(Validate(xml));
    }

    [Fact]
    public void The_schema_accepts_every_part_of_the_protocol()
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"{Sitemaps.NamespaceName}\">" +
            "<url><loc>https://careers.example.org/a</loc><lastmod>2030-01-01</lastmod><changefreq>weekly</changefreq><priority>0.8</priority></url>" +
            "<url><loc>https://careers.example.org/b</loc><lastmod>2030-01-01T10:20:30+01:00</lastmod></url></urlset>";

        Assert.Empty(Validate(xml));
    }

    /// <summary>loc to lastmod, checking that every url has both.</summary>
    private static async Task<Dictionary<string, string>> GetSitemapAsync(HttpClient client)
    {
        var document = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        Assert.Equal(Sitemaps + "urlset", document.Root!.Name);
        return document.Root.Elements(Sitemaps + "url").ToDictionary(
            url => url.Element(Sitemaps + "loc")!.Value,
            url => url.Element(Sitemaps + "lastmod")?.Value ?? throw new Xunit.Sdk.XunitException($"no lastmod: {url}"));
    }

    private static List<string> Validate(string xml)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(Sitemaps.NamespaceName, Path.Combine(AppContext.BaseDirectory, "Seo", "sitemap.xsd"));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }
        return errors;
    }

    private static DateTime Utc(string value) =>
        DateTime.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
