using CareerPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Admin;

/// <summary>A save evicts exactly the cached pages that show what it changed (the record's own
/// pages, the lists and pages that link to records of its type, the sitemap); every other cached
/// page stays cached. A hit is a response the output cache served, which carries Age.</summary>
[Collection(AdminTests.Name)]
public sealed class PreciseEvictionTests(AdminSite site)
{
    private static async Task CacheAsync(HttpClient visitor, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            (await visitor.GetAsync(path)).EnsureSuccessStatusCode();
            Assert.True(await IsHitAsync(visitor, path), $"{path} should be cached before the save");
        }
    }

    private static async Task<bool> IsHitAsync(HttpClient visitor, string path)
    {
        var response = await visitor.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return response.Headers.Age is not null;
    }

    private async Task SaveAsync(string editPath, string field, string value)
    {
        var editor = await site.EditorAsync();
        var result = await (await Form.OpenAsync(editor, editPath)).Set(field, value).PostAsync();
        Assert.Null(result.Document.QuerySelector(".error-summary"));
    }

    private static async Task AssertEvictedExactlyAsync(HttpClient visitor, string[] evicted, string[] kept)
    {
        // Kept first: reading an evicted page again caches it anew.
        foreach (var path in kept)
        {
            Assert.True(await IsHitAsync(visitor, path), $"{path} shows nothing the save changed, yet it was evicted");
        }
        foreach (var path in evicted)
        {
            Assert.False(await IsHitAsync(visitor, path), $"{path} shows what the save changed, yet it is still served from the cache");
        }
    }

    [Fact]
    public async Task A_save_to_a_career_evicts_its_pages_and_lists_and_another_career_stays_cached()
    {
        var visitor = site.Anonymous();
        string[] evicted = ["/careers/test-analyst", "/careers/test-analyst/levels/entry", "/careers/test-analyst/skills", "/careers", "/", "/sitemap.xml", "/skills/test-design"];
        string[] kept = ["/careers/data-steward", "/skills", "/certifications", "/developers"];
        await CacheAsync(visitor, [.. evicted, .. kept]);
        await using var db = site.NewDb();
        var id = await db.CareerLevels.Where(l => l.Career.Slug == "test-analyst" && l.Level.Slug == "entry").Select(l => l.Id).SingleAsync();

        await SaveAsync($"/admin/career-levels/{id}/edit", "Input.Focus", "Learning the product and running prepared test cases.");

        await AssertEvictedExactlyAsync(visitor, evicted, kept);
    }

    [Fact]
    public async Task A_save_to_a_career_row_evicts_the_careers_that_link_to_it()
    {
        var visitor = site.Anonymous();
        string[] evicted = ["/careers/test-analyst", "/careers/data-steward", "/careers"];
        string[] kept = ["/skills", "/developers"];
        await CacheAsync(visitor, [.. evicted, .. kept]);
        await using var db = site.NewDb();
        var id = await db.Careers.Where(c => c.Slug == "test-analyst").Select(c => c.Id).SingleAsync();

        await SaveAsync($"/admin/careers/{id}/edit", "Input.Summary", "Checks that software does what it should, and says plainly when it does not.");

        await AssertEvictedExactlyAsync(visitor, evicted, kept);
    }

    [Fact]
    public async Task A_skill_save_evicts_its_page_the_skills_list_and_the_careers_that_show_it()
    {
        var visitor = site.Anonymous();
        // Pages that link to careers (every skill page among them) follow the careers that show the skill.
        string[] evicted = ["/skills/test-design", "/skills", "/careers/test-analyst", "/skills/patience", "/sitemap.xml"];
        string[] kept = ["/certifications", "/careers/data-steward", "/developers"];
        await CacheAsync(visitor, [.. evicted, .. kept]);
        await using var db = site.NewDb();
        Assert.False(await db.CareerLevelSkills.AnyAsync(s => s.Skill.Slug == "test-design" && s.CareerLevel.Career.Slug == "data-steward"));
        var id = await db.Skills.Where(s => s.Slug == "test-design").Select(s => s.Id).SingleAsync();

        await SaveAsync($"/admin/skills/{id}/edit", "Input.Summary", "Turning what a feature must do into cases that show whether it does.");

        await AssertEvictedExactlyAsync(visitor, evicted, kept);
    }
}
