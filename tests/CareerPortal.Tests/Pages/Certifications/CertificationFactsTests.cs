using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Certifications;
using CareerPortal.Web.Data;
using CareerPortal.Web.Pages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Pages.Certifications;

/// <summary>The certification pages, comparison, which-first guide, pay figures and "last
/// reviewed", over the site's real content.</summary>
public sealed class CertificationFactsTests(CertificationFactsTests.App app) : IClassFixture<CertificationFactsTests.App>
{
    public sealed class App : IDisposable
    {
        public TestApp Site { get; } = new(Path.Combine(Paths.RepositoryRoot, "content"));
        public HttpClient Client { get; }
        public App() => Client = Site.CreateClient(new() { AllowAutoRedirect = false });
        public void Dispose() => Site.Dispose();
    }

    private readonly HttpClient _client = app.Client;

    private async Task<List<Certification>> CertificationsAsync()
    {
        await using var db = app.Site.NewDb();
        return await db.Certifications.AsNoTracking().Include(c => c.Level).ToListAsync();
    }

    [Fact]
    public async Task Every_certification_page_carries_eligibility_exam_renewal_an_official_link_or_says_none_is_confirmed()
    {
        foreach (var certification in await CertificationsAsync())
        {
            var page = await _client.GetDocumentAsync($"/certifications/{certification.Slug}");
            var facts = page.QuerySelectorAll(".facts dt").Select(dt => dt.TextContent.Trim()).ToList();
            Assert.Contains("Eligibility", facts);
            Assert.Contains("Exam", facts);
            Assert.Contains("Validity and renewal", facts);
            Assert.Contains("Official page", facts);
            Assert.NotEmpty(certification.Eligibility);
            Assert.NotNull(certification.Exam);
            Assert.NotNull(certification.Renewal);
            Assert.Contains(certification.Exam!, page.Text(".facts"), StringComparison.Ordinal);
            if (certification.OfficialUrl is { } url)
            {
                Assert.NotNull(page.QuerySelector($".facts a[href='{url}']"));
            }
            else
            {
                Assert.Contains("None confirmed by our sources yet", page.Text(".facts"), StringComparison.Ordinal);
            }
            Assert.NotEmpty(page.QuerySelectorAll("section.sources li"));
            Assert.NotNull(page.QuerySelector(".reviewed time[datetime]"));
        }
    }

    [Fact]
    public async Task Pmp_page_states_both_routes_and_the_capm_alternative()
    {
        var text = (await _client.GetDocumentAsync("/certifications/pmp")).Text(".facts");
        Assert.Contains("36 months of project experience within the last 8 years", text, StringComparison.Ordinal);
        Assert.Contains("60 months of project experience", text, StringComparison.Ordinal);
        Assert.Contains("35 hours of project management training (or the CAPM certification instead)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_comparison_table_lists_every_certification()
    {
        var page = await _client.GetDocumentAsync("/certifications");
        var rows = page.QuerySelectorAll("#compare-section tbody tr th a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal((await CertificationsAsync()).Select(c => $"/certifications/{c.Slug}").Order(), rows.Order());
        Assert.Contains("Validity and renewal", page.Text("#compare-section thead"), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> Backgrounds()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var experience in new[] { "none", "some", "lots" })
        {
            foreach (var agile in new[] { "yes", "no" })
            {
                foreach (var education in new[] { "none", "secondary", "bachelor" })
                {
                    foreach (var training in new[] { "none", "23", "35" })
                    {
                        data.Add(experience, agile, education, training);
                    }
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Backgrounds))]
    public async Task Which_first_never_recommends_a_certification_the_reader_cannot_yet_qualify_for(string experience, string agile, string education, string training)
    {
        var page = await _client.GetDocumentAsync($"/certifications/which-first?experience={experience}&agile={agile}&education={education}&training={training}");
        var months = experience switch { "none" => 0, "some" => 12, _ => 60 };
        var reader = new Background(months, Enum.Parse<Education>(education, ignoreCase: true), training == "none" ? 0 : int.Parse(training, System.Globalization.CultureInfo.InvariantCulture), agile == "yes", new HashSet<string>());
        var certifications = await CertificationsAsync();
        var verdicts = Eligibility.Check(certifications, reader).ToDictionary(v => v.Slug);

        var recommended = page.QuerySelectorAll("#answer ~ ol.recommended li").Select(li => li.GetAttribute("data-certification")!).ToList();
        var later = page.QuerySelectorAll("#answer ~ ul.later li").Select(li => li.GetAttribute("data-certification")!).ToList();
        Assert.All(recommended, slug => Assert.True(verdicts[slug].CanStartNow, $"{slug} recommended but not open"));
        Assert.All(later, slug => Assert.False(verdicts[slug].CanStartNow));
        Assert.Equal(certifications.Count, recommended.Count + later.Count);
        if (months < 36)
        {
            Assert.DoesNotContain("pmp", recommended);
        }
    }

    [Fact]
    public async Task Which_first_without_answers_shows_six_backgrounds_and_no_pmp_for_beginners()
    {
        var page = await _client.GetDocumentAsync("/certifications/which-first");
        Assert.Equal(6, page.QuerySelectorAll("section.advice").Length);
        foreach (var id in new[] { "none-agile", "none-not-agile", "some-agile", "some-not-agile" })
        {
            var section = page.QuerySelector($"section[aria-labelledby='{id}']")!;
            Assert.Null(section.QuerySelector("ol.recommended li[data-certification=pmp]"));
            Assert.NotNull(section.QuerySelector("ul.later li[data-certification=pmp]"));
        }
        Assert.NotNull(page.QuerySelector("section[aria-labelledby='lots-not-agile'] ol.recommended li[data-certification=pmp]"));
        Assert.Equal("csm", page.QuerySelector("section[aria-labelledby='none-agile'] ol.recommended li")!.GetAttribute("data-certification"));
    }

    [Fact]
    public async Task Career_page_shows_pay_figures_with_source_period_and_the_onet_link()
    {
        var page = await _client.GetDocumentAsync("/careers/it-project-manager");
        var pay = page.QuerySelector("section[aria-labelledby=pay]")!;
        Assert.NotNull(pay.QuerySelector("a[href='https://mynextmove.org/profile/summary/15-1299.09']"));
        var row = pay.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("$108,970", StringComparison.Ordinal));
        Assert.Contains("May 2024", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Singulariki", row.TextContent, StringComparison.Ordinal);
        var median = pay.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("$100,750", StringComparison.Ordinal));
        Assert.NotNull(median.QuerySelector("a[href='https://plainworkforce.com/occupation/project-management-specialists']"));
        Assert.Contains("no source we use gives pay by level", pay.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Last_reviewed_follows_an_edit_of_a_row_the_page_shows()
    {
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await using (var db = app.Site.NewDb())
        {
            // Backdate every row the page shows, without the save that would stamp them.
            await db.Certifications.ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, old));
            await db.Sources.ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, old));
            await db.CareerLevels.ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, old));
        }
        await EvictAsync();
        Assert.Equal("2020-01-01", await ReviewedAsync("/certifications/itil"));

        await using (var db = app.Site.NewDb())
        {
            var itil = await db.Certifications.SingleAsync(c => c.Slug == "itil");
            itil.Summary += " Edited.";
            await db.SaveChangesAsync();
        }
        await EvictAsync();
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), await ReviewedAsync("/certifications/itil"));
    }

    private async Task<string?> ReviewedAsync(string path) =>
        (await _client.GetDocumentAsync(path)).QuerySelector(".reviewed time")?.GetAttribute("datetime");

    private Task EvictAsync() =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>(app.Site.Services)
            .EvictAllAsync(default).AsTask();
}
