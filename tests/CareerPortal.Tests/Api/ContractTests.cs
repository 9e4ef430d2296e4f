using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Data;
using CareerPortal.Web.Pages.Search;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Api;

/// <summary>Every endpoint's output against the database, for the shipped guide.</summary>
public sealed class ContractTests : IClassFixture<ContractTests.ShippedGuide>
{
    public sealed class ShippedGuide() : IDisposable
    {
        public TestApp Site { get; } = new(Paths.RealContent);
        public void Dispose() => Site.Dispose();
    }

    private readonly TestApp _site;
    private readonly HttpClient _client;

    public ContractTests(ShippedGuide guide)
    {
        _site = guide.Site;
        _client = _site.CreateClient();
    }

    [Fact]
    public async Task The_career_list_is_every_career_with_its_permanent_id_and_code()
    {
        await using var db = _site.NewDb();
        var careers = await db.Careers.OrderBy(c => c.Title).ToListAsync();

        var page = await _client.GetJsonAsync("/api/v1/careers?pageSize=100");

        Assert.Equal(careers.Count, page.GetProperty("totalItems").GetInt32());
        Assert.Equal(careers.Select(c => (c.PublicId.ToString(), c.Slug, c.Title)),
            page.Items().Select(i => (i.Str("id"), i.Str("slug"), i.Str("title"))));
        var itpm = page.Items().Single(i => i.Str("slug") == "it-project-manager");
        Assert.Equal(careers.Single(c => c.Slug == "it-project-manager").OccupationCode, itpm.GetProperty("occupationalCategory").Str("codeValue"));
        Assert.Equal("https://careers.example.org/api/v1/careers/it-project-manager", itpm.Str("href"));
    }

    [Fact]
    public async Task A_career_shows_its_levels_skills_certifications_and_published_sections()
    {
        await using var db = _site.NewDb();
        var career = await db.Careers.AsSplitQuery()
            .Include(c => c.Levels).ThenInclude(l => l.Level)
            .Include(c => c.Levels).ThenInclude(l => l.Skills).ThenInclude(s => s.Skill)
            .Include(c => c.Levels).ThenInclude(l => l.Certifications).ThenInclude(c => c.Certification)
            .Include(c => c.JobTitles).Include(c => c.Tools).ThenInclude(t => t.Tool).Include(c => c.Specializations)
            .SingleAsync(c => c.Slug == "it-project-manager");
        var sections = await db.GuideSections.Where(s => s.CareerId == career.Id && s.Status == SectionStatus.Published).OrderBy(s => s.Order).ToListAsync();

        var json = await _client.GetJsonAsync("/api/v1/careers/it-project-manager");

        Assert.Equal(career.PublicId.ToString(), json.Str("id"));
        var levels = json.GetProperty("levels").EnumerateArray().ToList();
        var stages = career.Levels.OrderBy(l => l.Level.Order).ToList();
        Assert.Equal(stages.Select(s => (s.Level.Slug, s.Title, s.Level.MinYears)),
            levels.Select(l => (l.Str("slug"), l.Str("title"), l.GetProperty("years").GetProperty("min").ValueKind == System.Text.Json.JsonValueKind.Null ? (int?)null : l.GetProperty("years").GetProperty("min").GetInt32())));
        foreach (var (stage, level) in stages.Zip(levels))
        {
            Assert.Equal(stage.Skills.Select(s => (s.Skill.Slug, s.Importance.ToString().ToLowerInvariant())).OrderBy(x => x),
                level.GetProperty("skills").EnumerateArray().Select(s => (s.Str("slug"), s.Str("importance"))).OrderBy(x => x));
            Assert.Equal(stage.Certifications.Select(c => c.Certification.Slug).Order(),
                level.GetProperty("certifications").EnumerateArray().Select(c => c.Str("slug")).Order());
            Assert.Equal(stage.Responsibilities, level.GetProperty("responsibilities").EnumerateArray().Select(r => r.GetString()));
        }
        Assert.Equal(career.JobTitles.Count, json.GetProperty("jobTitles").GetArrayLength());
        Assert.Equal(career.Tools.Select(t => t.Tool.Slug).Order(), json.GetProperty("tools").EnumerateArray().Select(t => t.Str("slug")).Order());
        Assert.Equal(career.Specializations.Count, json.GetProperty("specializations").GetArrayLength());
        Assert.Equal(sections.Select(s => (s.Slug, s.Html)), json.GetProperty("sections").EnumerateArray().Select(s => (s.Str("slug"), s.Str("html"))));
        Assert.All(json.GetProperty("sections").EnumerateArray(), s => Assert.DoesNotContain("<", s.Str("summary"), StringComparison.Ordinal));
        var latest = new[] { career.UpdatedAt }.Concat(sections.Select(s => s.UpdatedAt)).Concat(stages.Select(s => s.UpdatedAt)).Max();
        Assert.True(json.GetProperty("lastReviewed").GetDateTime() >= latest.AddMilliseconds(-1));
    }

    [Theory]
    [InlineData("skills")]
    [InlineData("certifications")]
    [InlineData("tools")]
    public async Task Catalog_lists_match_the_database(string collection)
    {
        await using var db = _site.NewDb();
        var expected = collection switch
        {
            "skills" => await db.Skills.Select(s => new Row(s.PublicId, s.Slug)).ToListAsync(),
            "certifications" => await db.Certifications.Select(c => new Row(c.PublicId, c.Slug)).ToListAsync(),
            _ => await db.Tools.Select(t => new Row(t.PublicId, t.Slug)).ToListAsync(),
        };

        var page = await _client.GetJsonAsync($"/api/v1/{collection}?pageSize=100");

        Assert.Equal(expected.OrderBy(x => x.Slug), page.Items().Select(i => new Row(Guid.Parse(i.Str("id")), i.Str("slug"))).OrderBy(x => x.Slug));
        var first = expected[0];
        var one = await _client.GetJsonAsync($"/api/v1/{collection}/{first.PublicId}");
        var resource = collection == "skills" ? one.GetProperty("skill") : one;
        Assert.Equal(first.Slug, resource.Str("slug"));
    }

    private sealed record Row(Guid PublicId, string Slug);

    [Fact]
    public async Task Search_returns_the_site_searchs_results()
    {
        await using var db = _site.NewDb();
        var hits = await SiteSearch.RunAsync(db, SearchQuery.Parse("scrum"), default);

        var json = await _client.GetJsonAsync("/api/v1/search?q=scrum");

        Assert.NotEmpty(hits);
        Assert.Equal(hits.Take(SiteSearch.MaxShown).Select(h => (h.Kind, h.Title, "https://careers.example.org" + h.Url)),
            json.Items().Select(i => (i.Str("kind"), i.Str("title"), i.Str("url"))));
    }
}
