using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Certifications;
using CareerPortal.Web.Content;
using CareerPortal.Web.Data;

namespace CareerPortal.Tests.Certifications;

/// <summary>The eligibility rules as the site's own content states them (content/catalog/certifications.yml).</summary>
public sealed class EligibilityTests
{
    private static readonly IReadOnlyList<Certification> Catalog = ContentReader.Read(Path.Combine(Paths.RepositoryRoot, "content"))
        .Certifications.Select(c => new Certification
        {
            Slug = c.Slug, Abbreviation = c.Abbreviation, Name = c.Name,
            Eligibility = (c.Eligibility ?? []).Select(ContentMapper.FromFile).ToList(),
        }).ToList();

    private static Verdict Check(string slug, Background reader) =>
        Eligibility.Check(Catalog, reader).Single(v => v.Slug == slug);

    private static HashSet<string> Held(params string[] slugs) => [.. slugs];

    [Fact]
    public void Pmp_with_a_degree_needs_36_months_and_35_hours()
    {
        var verdict = Check("pmp", new Background(36, Education.Bachelor, 35, Held: Held()));
        Assert.Equal(EligibilityStatus.Now, verdict.Status);
        Assert.Equal(Education.Bachelor, verdict.Route!.Education);
    }

    [Fact]
    public void Pmp_with_a_degree_accepts_the_capm_instead_of_the_hours()
    {
        Assert.Equal(EligibilityStatus.Now, Check("pmp", new Background(36, Education.Bachelor, 0, Held: Held("capm"))).Status);
    }

    [Fact]
    public void Pmp_with_a_degree_and_35_months_is_one_month_short()
    {
        var verdict = Check("pmp", new Background(35, Education.Bachelor, 35, Held: Held()));
        Assert.Equal(EligibilityStatus.After, verdict.Status);
        var missing = Assert.Single(verdict.Missing);
        Assert.Equal(RequirementKind.Experience, missing.Kind);
        Assert.Contains("1 more month of", missing.Text, StringComparison.Ordinal);
        Assert.False(verdict.CanStartNow);
    }

    [Fact]
    public void Pmp_with_a_degree_but_too_few_hours_misses_only_training_and_names_the_capm()
    {
        var verdict = Check("pmp", new Background(40, Education.Bachelor, 10, Held: Held()));
        Assert.Equal(EligibilityStatus.After, verdict.Status);
        var missing = Assert.Single(verdict.Missing);
        Assert.Equal(RequirementKind.Training, missing.Kind);
        Assert.Contains("25 more hours", missing.Text, StringComparison.Ordinal);
        Assert.Contains("CAPM", missing.Text, StringComparison.Ordinal);
        Assert.True(verdict.CanStartNow);
    }

    [Theory]
    [InlineData(59, EligibilityStatus.After)]
    [InlineData(60, EligibilityStatus.Now)]
    public void Pmp_with_a_secondary_diploma_needs_60_months(int months, EligibilityStatus expected)
    {
        Assert.Equal(expected, Check("pmp", new Background(months, Education.Secondary, 35, Held: Held())).Status);
    }

    [Fact]
    public void Pmp_without_a_secondary_diploma_is_out_of_reach_whatever_the_experience()
    {
        var verdict = Check("pmp", new Background(120, Education.None, 35, Held: Held()));
        Assert.Equal(EligibilityStatus.After, verdict.Status);
        Assert.Contains(verdict.Missing, m => m.Kind == RequirementKind.Education);
    }

    [Fact]
    public void Pmp_with_no_experience_is_not_open_even_with_training_done()
    {
        var verdict = Check("pmp", new Background(0, Education.Bachelor, 35, Held: Held("capm")));
        Assert.Equal(EligibilityStatus.After, verdict.Status);
        Assert.Contains("36 more months", Assert.Single(verdict.Missing).Text, StringComparison.Ordinal);
        Assert.False(verdict.CanStartNow);
    }

    [Fact]
    public void Capm_needs_23_hours_and_no_experience()
    {
        Assert.Equal(EligibilityStatus.Now, Check("capm", new Background(0, Education.Secondary, 23, Held: Held())).Status);
        var verdict = Check("capm", new Background(0, Education.Secondary, 0, Held: Held()));
        Assert.Equal(EligibilityStatus.After, verdict.Status);
        Assert.Contains("23 more hours", Assert.Single(verdict.Missing).Text, StringComparison.Ordinal);
        Assert.True(verdict.CanStartNow);
    }

    [Theory]
    [InlineData("itil")]
    [InlineData("prince2")]
    public void Certifications_without_prerequisites_are_open_to_anyone(string slug)
    {
        Assert.Equal(EligibilityStatus.Now, Check(slug, new Background()).Status);
        Assert.Equal(EligibilityStatus.Now, Check(slug, new Background(0, Education.None, 0, false, Held())).Status);
    }

    [Fact]
    public void Csm_needs_its_course_and_that_can_start_today()
    {
        var verdict = Check("csm", new Background(0, Education.None, 100, true, Held()));
        Assert.Equal(EligibilityStatus.After, verdict.Status);
        Assert.Equal(RequirementKind.Training, Assert.Single(verdict.Missing).Kind);
        Assert.True(verdict.CanStartNow);
    }

    [Fact]
    public void What_the_reader_did_not_say_makes_a_route_unknown_not_failed()
    {
        var verdict = Check("pmp", new Background(ExperienceMonths: 48));
        Assert.Equal(EligibilityStatus.Unknown, verdict.Status);
        Assert.Contains(verdict.Missing, m => m.Kind == RequirementKind.Education);
        Assert.Contains(verdict.Missing, m => m.Kind == RequirementKind.Training);
    }

    [Fact]
    public void A_known_shortfall_beats_unknowns_elsewhere()
    {
        // Education unknown, but 12 months is short of every route.
        var verdict = Check("pmp", new Background(12, null, 35, Held: Held()));
        Assert.Equal(EligibilityStatus.After, verdict.Status);
        Assert.All(verdict.Missing, m => Assert.Equal(RequirementKind.Experience, m.Kind));
    }

    [Fact]
    public void A_certification_held_is_held()
    {
        Assert.Equal(EligibilityStatus.Held, Check("capm", new Background(Held: Held("capm"))).Status);
    }

    [Fact]
    public void Agile_routes_count_only_agile_experience()
    {
        var acp = new Certification
        {
            Slug = "acp", Abbreviation = "ACP",
            Eligibility = [new EligibilityRoute { Education = Education.Secondary, ExperienceMonths = 24, Agile = true, TrainingHours = 28 }],
        };
        var names = Eligibility.Names([acp]);
        Assert.Equal(EligibilityStatus.Now, Eligibility.Check(acp, new Background(24, Education.Secondary, 28, true), names).Status);
        Assert.Equal(EligibilityStatus.After, Eligibility.Check(acp, new Background(60, Education.Secondary, 28, false), names).Status);
        Assert.Equal(EligibilityStatus.Unknown, Eligibility.Check(acp, new Background(60, Education.Secondary, 28), names).Status);
    }

    [Fact]
    public void A_certification_without_recorded_routes_is_unknown()
    {
        var bare = new Certification { Slug = "x", Abbreviation = "X" };
        Assert.Equal(EligibilityStatus.Unknown, Eligibility.Check(bare, new Background(600, Education.Bachelor, 1000, true), Eligibility.Names([bare])).Status);
    }

    [Fact]
    public void Routes_are_described_in_words()
    {
        var pmp = Catalog.Single(c => c.Slug == "pmp");
        var text = Eligibility.Describe(pmp.Eligibility[0], Eligibility.Names(Catalog));
        Assert.Equal("A four-year (bachelor's) degree, plus 36 months of project experience within the last 8 years, plus 35 hours of project management training (or the CAPM certification instead)", text);
        Assert.Equal("No prerequisites: anyone may sit the exam", Eligibility.Describe(new EligibilityRoute(), Eligibility.Names(Catalog)));
    }
}
