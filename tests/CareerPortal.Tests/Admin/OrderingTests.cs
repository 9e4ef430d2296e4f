using CareerPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Admin;

/// <summary>Move up / move down: one action swaps two positions, without JavaScript.</summary>
[Collection(AdminTests.Name)]
public sealed class OrderingTests(AdminSite site)
{
    private async Task<Dictionary<string, int>> LevelOrdersAsync()
    {
        await using var db = site.NewDb();
        return await db.Levels.ToDictionaryAsync(l => l.Slug, l => l.Order);
    }

    [Fact]
    public async Task Moving_a_ladder_level_down_then_up_swaps_it_with_its_neighbour_and_back()
    {
        var editor = await site.EditorAsync();
        var before = await LevelOrdersAsync();
        int entry;
        await using (var db = site.NewDb())
        {
            entry = await db.Levels.Where(l => l.Slug == "entry").Select(l => l.Id).SingleAsync();
        }
        var form = await Form.OpenAsync(editor, "/admin/levels", $"form.move[action*='id={entry}&']");
        Assert.Null(form.Page.QuerySelector($"form.move[action*='id={entry}&'] button[value=up]"));

        var moved = await form.PostAsync($"form.move[action*='id={entry}&'] button[value=down]");

        Assert.Equal("/admin/levels", moved.Path);
        var after = await LevelOrdersAsync();
        Assert.Equal(before["mid"], after["entry"]);
        Assert.Equal(before["entry"], after["mid"]);
        Assert.Equal(before["senior"], after["senior"]);
        Assert.Contains("Moved Entry level down", moved.Document.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);

        await (await Form.OpenAsync(editor, "/admin/levels", $"form.move[action*='id={entry}&']")).PostAsync($"form.move[action*='id={entry}&'] button[value=up]");

        Assert.Equal(before, await LevelOrdersAsync());
    }

    [Fact]
    public async Task Moving_a_guide_section_up_swaps_it_with_the_one_before_on_the_career_page()
    {
        var editor = await site.EditorAsync();
        int careerId, overview, interviews;
        await using (var db = site.NewDb())
        {
            careerId = await db.Careers.Where(c => c.Slug == "test-analyst").Select(c => c.Id).SingleAsync();
            overview = await db.GuideSections.Where(s => s.CareerId == careerId && s.Slug == "overview").Select(s => s.Id).SingleAsync();
            interviews = await db.GuideSections.Where(s => s.CareerId == careerId && s.Slug == "interviews").Select(s => s.Id).SingleAsync();
        }
        async Task<(int Overview, int Interviews)> OrdersAsync()
        {
            await using var db = site.NewDb();
            var orders = await db.GuideSections.Where(s => s.Id == overview || s.Id == interviews).ToDictionaryAsync(s => s.Id, s => s.Order);
            return (orders[overview], orders[interviews]);
        }
        var before = await OrdersAsync();
        var selector = $"form[action='/admin/sections/{interviews}/move']";

        var moved = await (await Form.OpenAsync(editor, $"/admin/careers/{careerId}", selector)).PostAsync($"{selector} button[value=up]");

        Assert.Equal($"/admin/careers/{careerId}", moved.Path);
        Assert.Equal((before.Interviews, before.Overview), await OrdersAsync());

        await (await Form.OpenAsync(editor, $"/admin/careers/{careerId}", selector)).PostAsync($"{selector} button[value=down]");
        Assert.Equal(before, await OrdersAsync());
    }
}
