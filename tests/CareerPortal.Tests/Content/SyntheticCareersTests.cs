using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Content;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Content;

/// <summary>The benchmark's generator: N more career paths in the database, every public page of
/// them working, and nothing written to the content folder.</summary>
public sealed class SyntheticCareersTests
{
    [Fact]
    public async Task Generate_adds_that_many_working_career_paths_to_the_database_only()
    {
        using var site = new TestApp();
        using var client = site.CreateClient();
        (await client.GetAsync("/health/live")).EnsureSuccessStatusCode();
        var contentBefore = ContentFiles(site.ContentFolder);
        int careersBefore;
        await using (var db = site.NewDb())
        {
            careersBefore = await db.Careers.CountAsync();
        }
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await SyntheticCareers.RunAsync(site.Services, ["3"], output, error);
        var again = await SyntheticCareers.RunAsync(site.Services, ["2"], output, error);

        Assert.Equal(0, exitCode);
        Assert.Equal(0, again);
        Assert.Equal("", error.ToString());
        await using (var db = site.NewDb())
        {
            Assert.Equal(careersBefore + 5, await db.Careers.CountAsync());
            var generated = await db.Careers.Where(c => c.Slug == "synthetic-path-5").Select(c => new { Levels = c.Levels.Count, Sections = c.Sections.Count, Titles = c.JobTitles.Count }).SingleAsync();
            Assert.True(generated.Levels > 0 && generated.Sections > 0 && generated.Titles > 0);
        }
        foreach (var path in new[] { "/careers/synthetic-path-1", "/careers/synthetic-path-5/guide/part-2", "/careers/synthetic-path-5/skills", "/careers" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        }
        Assert.Equal(contentBefore, ContentFiles(site.ContentFolder));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("0")]
    [InlineData("-3")]
    public async Task A_bad_count_is_refused_with_the_usage(string count)
    {
        using var site = new TestApp();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await SyntheticCareers.RunAsync(site.Services, [count], output, error);

        Assert.Equal(2, exitCode);
        Assert.Contains("Usage: generate <N>", error.ToString(), StringComparison.Ordinal);
    }

    private static string ContentFiles(string folder) => string.Join("\n", Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        .Select(file => $"{file} {File.GetLastWriteTimeUtc(file):O} {new FileInfo(file).Length}"));
}
