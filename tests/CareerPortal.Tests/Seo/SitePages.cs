using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Seo;

/// <summary>A public page and whether search engines should index it.</summary>
public sealed record SitePage(string Path, bool Indexable);

public static class SitePages
{
    public const string BaseUrl = "https://careers.example.org";

    /// <summary>Every public page, listed from the database on its own (not through the site's
    /// sitemap code, which the tests check against this list). Short profiles and the pages under
    /// them are public but not indexable; drafts are not public at all.</summary>
    public static async Task<IReadOnlyList<SitePage>> FromDatabaseAsync(TestApp site)
    {
        await using var db = site.NewDb();
        var pages = new List<SitePage>
        {
            new("/", true), new("/careers", true), new("/skills", true), new("/certifications", true), new("/tools", true), new("/developers", true),
        };
        pages.AddRange((await db.Careers.Select(c => new { c.Slug, c.IsThin }).ToListAsync())
            .Select(c => new SitePage($"/careers/{c.Slug}", !c.IsThin)));
        pages.AddRange((await db.CareerLevels.Select(l => new { Career = l.Career.Slug, l.Career.IsThin, Level = l.Level.Slug }).ToListAsync())
            .Select(l => new SitePage($"/careers/{l.Career}/levels/{l.Level}", !l.IsThin)));
        pages.AddRange((await db.GuideSections.Where(s => s.Status == SectionStatus.Published)
                .Select(s => new { Career = s.Career.Slug, s.Career.IsThin, s.Slug }).ToListAsync())
            .Select(s => new SitePage($"/careers/{s.Career}/guide/{s.Slug}", !s.IsThin)));
        pages.AddRange((await db.JobTitles.Select(t => new { Career = t.Career.Slug, t.Career.IsThin, t.Title }).ToListAsync())
            .Select(t => new SitePage($"/careers/{t.Career}/titles/{CareerPortal.Web.Content.ContentValues.SlugFrom(t.Title)}", !t.IsThin)));
        foreach (var career in await db.Careers.Select(c => new { c.Slug, c.IsThin, Levels = c.Levels.OrderBy(l => l.Level.Order).Select(l => l.Level.Slug).ToList() }).ToListAsync())
        {
            pages.Add(new($"/careers/{career.Slug}/skills", !career.IsThin && career.Levels.Count > 0));
            // The step up to the next level is indexed; other pairs are public but noindex.
            pages.AddRange(career.Levels.Zip(career.Levels.Skip(1)).Select(pair => new SitePage($"/careers/{career.Slug}/compare?from={pair.First}&to={pair.Second}", !career.IsThin)));
            if (career.Levels.Count > 2)
            {
                pages.Add(new($"/careers/{career.Slug}/compare?from={career.Levels[0]}&to={career.Levels[2]}", false));
            }
        }
        pages.AddRange((await db.Skills.Select(s => s.Slug).ToListAsync()).Select(slug => new SitePage($"/skills/{slug}", true)));
        pages.AddRange((await db.Certifications.Select(c => c.Slug).ToListAsync()).Select(slug => new SitePage($"/certifications/{slug}", true)));
        return pages;
    }

    public static string Absolute(string path) => BaseUrl + (path == "/" ? "/" : path);
}

/// <summary>The site twice, started once for all the read-only SEO tests: on the small test
/// fixture and on the real content that ships.</summary>
public sealed class SeoSites : IDisposable
{
    public TestApp Fixture { get; } = new();
    public TestApp Real { get; } = new(Paths.RealContent);

    public TestApp this[string content] => content switch
    {
        "fixture" => Fixture,
        "real" => Real,
        _ => throw new ArgumentOutOfRangeException(nameof(content), content, "fixture or real"),
    };

    public void Dispose()
    {
        Fixture.Dispose();
        Real.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SeoSitesDefinition : ICollectionFixture<SeoSites>
{
    public const string Name = "SEO sites";
}
