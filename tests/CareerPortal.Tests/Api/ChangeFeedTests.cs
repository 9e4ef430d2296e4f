using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Data;
using CareerPortal.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerPortal.Tests.Api;

/// <summary>The change feed records every write path's public changes, in commit order, once.</summary>
public sealed class ChangeFeedTests
{
    [Fact]
    public async Task The_import_publishes_every_resource_and_a_reimport_of_the_same_files_adds_nothing()
    {
        using var site = new TestApp();
        using var client = site.CreateClient();
        await using var db = site.NewDb();

        var feed = await ReadAllAsync(client, 0);
        var careerIds = await db.Careers.Select(c => c.PublicId).ToListAsync();
        var skillIds = await db.Skills.Select(s => s.PublicId).ToListAsync();
        Assert.Superset(careerIds.ToHashSet(), feed.Where(c => c.Type == "career").Select(c => c.Id).ToHashSet());
        Assert.Equal(careerIds.Order(), feed.Where(c => c.Type == "career").Select(c => c.Id).Distinct().Order());
        Assert.Equal(skillIds.Order(), feed.Where(c => c.Type == "skill").Select(c => c.Id).Distinct().Order());

        await site.Services.ImportContentAsync(site.Services.GetRequiredService<IConfiguration>(), site.Services.GetRequiredService<IHostEnvironment>());
        Assert.Empty(await ReadAllAsync(client, feed[^1].Cursor));
    }

    [Fact]
    public async Task A_rename_a_deletion_and_a_child_edit_are_recorded_but_a_draft_edit_is_not()
    {
        using var site = new TestApp();
        using var client = site.CreateClient();
        var start = (await ReadAllAsync(client, 0))[^1].Cursor;
        await using var db = site.NewDb();
        var career = await db.Careers.Include(c => c.JobTitles).SingleAsync(c => c.Slug == "test-analyst");

        var draft = await db.GuideSections.FirstAsync(s => s.Status == SectionStatus.Draft);
        draft.Markdown += "\n\nMore draft text.";
        await db.SaveChangesAsync();
        Assert.Empty(await ReadAllAsync(client, start));

        career.Slug = "quality-analyst";
        await db.SaveChangesAsync();
        career.JobTitles[0].Summary = "Changed summary.";
        await db.SaveChangesAsync();
        var tool = db.Tools.Add(new Tool { Slug = "whiteboard", Name = "Whiteboard", Category = "Planning", Summary = "For sketching plans." }).Entity;
        await db.SaveChangesAsync();
        db.Tools.Remove(tool);
        await db.SaveChangesAsync();

        var changes = await ReadAllAsync(client, start);
        Assert.Equal(
            // data-steward links to the renamed career, so its resource changed too.
            [("career", "renamed", "quality-analyst", (string?)"test-analyst"), ("career", "published", "data-steward", null), ("career", "published", "quality-analyst", null),
             ("tool", "published", "whiteboard", null), ("tool", "deleted", "whiteboard", null)],
            changes.Select(c => (c.Type, c.Kind, c.Slug, c.PreviousSlug)));
        Assert.All([changes[0], changes[2]], c => Assert.Equal(career.PublicId, c.Id));
        Assert.Equal(tool.PublicId, changes[4].Id);
        Assert.Null(changes[4].Href);
    }

    [Fact]
    public async Task Two_instances_on_one_database_serve_the_same_feed_in_commit_order()
    {
        using var first = new TestApp();
        using var firstClient = first.CreateClient();
        using var second = new TestApp { Settings = { ["ConnectionStrings:Sqlite"] = $"Data Source={first.DatabasePath};Pooling=False" } };
        using var secondClient = second.CreateClient();
        var start = (await ReadAllAsync(firstClient, 0))[^1].Cursor;

        var slugs = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            var site = i % 2 == 0 ? first : second;
            await using var db = site.NewDb();
            var skill = await db.Skills.OrderBy(s => s.Id).Skip(i % 3).FirstAsync();
            skill.Summary = $"Edit {i}";
            await SaveWithRetryAsync(db);
            return skill.Slug;
        }));

        var fromFirst = await ReadAllAsync(firstClient, start, limit: 2);
        var fromSecond = await ReadAllAsync(secondClient, start, limit: 5);
        Assert.Equal(fromFirst, fromSecond);
        Assert.Equal(6, fromFirst.Count(c => c.Type == "skill"));
        Assert.Equal(fromFirst.Select(c => c.Cursor).Order(), fromFirst.Select(c => c.Cursor));
        Assert.Equal(fromFirst.Count, fromFirst.Select(c => c.Cursor).Distinct().Count());
    }

    private static async Task SaveWithRetryAsync(CareerDb db)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync();
                return;
            }
            catch (DbUpdateException) when (attempt < 20)
            {
                // SQLite allows one writer at a time: "database is locked" from the other instance.
                await Task.Delay(50);
            }
        }
    }

    internal sealed record Item(long Cursor, string Type, Guid Id, string Slug, string? PreviousSlug, string Kind, string? Href);

    /// <summary>Follows the feed from <paramref name="after"/> to its end, a batch at a time.</summary>
    internal static async Task<List<Item>> ReadAllAsync(HttpClient client, long after, int limit = 100)
    {
        var items = new List<Item>();
        while (true)
        {
            var feed = await client.GetJsonAsync($"/api/v1/changes?after={after}&limit={limit}");
            items.AddRange(feed.Items().Select(i => new Item(
                i.GetProperty("cursor").GetInt64(), i.Str("type"), Guid.Parse(i.Str("id")), i.Str("slug"),
                i.GetProperty("previousSlug").GetString(), i.Str("kind"), i.GetProperty("href").GetString())));
            after = feed.GetProperty("next").GetInt64();
            if (!feed.GetProperty("hasMore").GetBoolean())
            {
                return items;
            }
        }
    }
}
