using CareerPortal.Web.Certifications;
using CareerPortal.Web.Data;
using CareerPortal.Web.Pages.Careers.SkillsCheck;

namespace CareerPortal.Tests.Pages.Careers.SkillsCheck;

/// <summary>The plan's "now and later" for certifications, decided by the shared eligibility rules.</summary>
public sealed class CertificationAdviceTests
{
    private static readonly Certification Capm = new()
    {
        Slug = "capm", Abbreviation = "CAPM",
        Eligibility = [new EligibilityRoute { Education = Education.Secondary, TrainingHours = 23 }],
    };

    private static readonly Certification Pmp = new()
    {
        Slug = "pmp", Abbreviation = "PMP",
        Eligibility = [new EligibilityRoute { Education = Education.Bachelor, ExperienceMonths = 36, TrainingHours = 35, OrCertification = "capm" }],
    };

    private static readonly Certification Csm = new()
    {
        Slug = "csm", Abbreviation = "CSM",
        Eligibility = [new EligibilityRoute { Course = "a 16-hour course with a Certified Scrum Trainer" }],
    };

    private static CertificationAdvice For(Background reader) => CertificationAdvice.For([Capm, Pmp, Csm], [Capm, Pmp, Csm], reader);

    [Fact]
    public void A_graduate_with_a_year_of_projects_starts_the_capm_and_csm_now_and_the_pmp_later()
    {
        var advice = For(new Background(ExperienceMonths: 12, Education: Education.Bachelor, TrainingHours: 0, Agile: false, Held: new HashSet<string>()));

        Assert.Empty(advice.Now);
        Assert.Equal(["capm", "csm"], advice.StartNow.Select(a => a.Certification.Slug));
        var later = Assert.Single(advice.Later);
        Assert.Equal("pmp", later.Certification.Slug);
        Assert.Contains("24 more months", CertificationAdvice.Needs(later.Verdict), StringComparison.Ordinal);
    }

    [Fact]
    public void Holding_the_capm_with_enough_experience_makes_the_pmp_one_to_sit_now()
    {
        var advice = For(new Background(ExperienceMonths: 40, Education: Education.Bachelor, TrainingHours: 0, Agile: false, Held: new HashSet<string> { "capm" }));

        Assert.Equal(["capm"], advice.Held.Select(c => c.Slug));
        Assert.Equal(["pmp"], advice.Now.Select(c => c.Slug));
        Assert.Empty(advice.Later);
    }

    [Fact]
    public void Saying_nothing_leaves_what_depends_on_it_unknown_rather_than_later()
    {
        var advice = For(new Background());

        Assert.Empty(advice.Later);
        Assert.Contains(advice.Unknown, a => a.Certification.Slug == "pmp");
    }
}
