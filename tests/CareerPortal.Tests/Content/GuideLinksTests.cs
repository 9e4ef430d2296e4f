using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Content;
using CareerPortal.Web.Seo;

namespace CareerPortal.Tests.Content;

/// <summary>Links between the guide's pages: written in Markdown, checked at import, stored from the site's root.</summary>
public sealed class GuideLinksTests
{
    [Fact]
    public void Every_site_link_in_the_shipped_content_resolves_and_the_guide_links_itself()
    {
        var set = ContentReader.Read(Paths.RealContent);
        var targets = LinkTargets.FromContent(set);
        var sections = set.Careers.SelectMany(c => c.Sections.Select(s => (c.Career.Slug, s.Path, s.Section))).ToList();
        Assert.NotEmpty(sections);
        foreach (var (career, path, section) in sections)
        {
            Assert.Empty(GuideLinks.Broken(section.Body, PublicPaths.Section(career, section.Slug), targets).Select(b => $"{path}:{b.Line}: {b.Message}"));
        }
        // References to other parts of the site are links now, not "on this page" from a page where they are not.
        foreach (var (_, path, section) in sections)
        {
            foreach (var phrase in new[] { "on this page", "its own page", "on this site" })
            {
                Assert.False(section.Body.Contains(phrase, StringComparison.OrdinalIgnoreCase), $"{path} still says '{phrase}'");
            }
        }
        Assert.True(sections.Sum(s => s.Section.Body.Split("](/").Length - 1) >= 10, "the guide should link to its own pages");
    }

    [Fact]
    public void A_link_to_a_missing_page_or_part_fails_the_import_with_its_file_and_line()
    {
        var folder = Paths.CopyOf(Paths.FixtureContent);
        var file = Path.Combine(folder, "careers", "test-analyst", "sections", "10-overview.md");
        var lines = File.ReadAllLines(file).ToList();
        lines.Add("");
        lines.Add("See [the astronaut level](../levels/astronaut), [the ladder](/careers/test-analyst#ladder) and [nothing](/careers/test-analyst#nowhere).");
        File.WriteAllLines(file, lines);

        var errors = ContentValidator.Validate(ContentReader.Read(folder));

        var line = lines.FindIndex(l => l.Contains("astronaut", StringComparison.Ordinal)) + 1;
        Assert.Equal(
        [
            $"careers/test-analyst/sections/10-overview.md:{line}: the link '../levels/astronaut' goes nowhere: /careers/test-analyst/levels/astronaut is not a page of this site",
            $"careers/test-analyst/sections/10-overview.md:{line}: the link '/careers/test-analyst#nowhere' goes nowhere: /careers/test-analyst has no part #nowhere",
        ], errors);
    }

    [Fact]
    public void Relative_links_are_stored_from_the_root_and_outside_links_are_left_alone()
    {
        var html = new MarkdownRenderer().Render("[up](../levels/mid), [next](interviews#prepare), [home](/), [out](https://example.org/a) and [top](#here)", "/careers/a/guide/b");

        Assert.Contains("href=\"/careers/a/levels/mid\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/careers/a/guide/interviews#prepare\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/a\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#here\"", html, StringComparison.Ordinal);
    }
}
