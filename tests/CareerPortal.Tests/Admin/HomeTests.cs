using CareerPortal.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Admin;

[Collection(AdminTests.Name)]
public sealed class HomeTests(AdminSite site)
{
    [Fact]
    public async Task The_overview_counts_each_kind_and_lists_the_latest_edits_and_revisions()
    {
        var editor = await site.EditorAsync();
        int tool;
        await using (var db = site.NewDb())
        {
            tool = await db.Tools.Where(t => t.Slug == "test-runner").Select(t => t.Id).SingleAsync();
        }
        await (await Form.OpenAsync(editor, $"/admin/tools/{tool}/edit")).Set("Input.Category", "Automation and CI").PostAsync();

        var page = await editor.GetDocumentAsync("/admin");

        await using (var db = site.NewDb())
        {
            var skills = page.QuerySelectorAll(".kinds li").Single(li => li.QuerySelector("a")!.TextContent == "Skills");
            Assert.Equal((await db.Skills.CountAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture), skills.QuerySelector(".count")!.TextContent);
            Assert.Equal("/admin/skills", skills.QuerySelector("a")!.GetAttribute("href"));
        }
        Assert.Equal(11, page.QuerySelectorAll(".kinds li").Length);
        var latest = page.QuerySelector("section[aria-labelledby=recent] tbody tr")!;
        Assert.Equal("Test Runner", latest.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal($"/admin/tools/{tool}/edit", latest.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelectorAll("section[aria-labelledby=revisions] tbody tr"));
    }
}
