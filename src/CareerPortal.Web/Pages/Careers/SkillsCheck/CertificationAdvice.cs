using CareerPortal.Web.Certifications;
using CareerPortal.Web.Data;

namespace CareerPortal.Web.Pages.Careers.SkillsCheck;

/// <summary>The career's certifications sorted for a plan by what the reader told us, using the
/// one eligibility rule set (Certifications/Eligibility.cs): what they hold, what they can sit
/// now, what they can start now because only training is missing, what must wait for experience
/// or education, and what depends on something they did not say.</summary>
public sealed record CertificationAdvice(
    IReadOnlyList<Certification> Held, IReadOnlyList<Certification> Now, IReadOnlyList<(Certification Certification, Verdict Verdict)> StartNow,
    IReadOnlyList<(Certification Certification, Verdict Verdict)> Later, IReadOnlyList<(Certification Certification, Verdict Verdict)> Unknown)
{
    /// <param name="career">The certifications the career's levels suggest, in ladder order.</param>
    /// <param name="catalog">Every certification, so that a route naming another ("or the CAPM") can name it.</param>
    public static CertificationAdvice For(IReadOnlyList<Certification> career, IReadOnlyList<Certification> catalog, Background reader)
    {
        ArgumentNullException.ThrowIfNull(career);
        var names = Eligibility.Names(catalog);
        var verdicts = career.Select(c => (Certification: c, Verdict: Eligibility.Check(c, reader, names))).ToList();
        List<(Certification, Verdict)> Where(Func<Verdict, bool> test) => verdicts.Where(v => test(v.Verdict)).Select(v => (v.Certification, v.Verdict)).ToList();
        return new CertificationAdvice(
            verdicts.Where(v => v.Verdict.Status == EligibilityStatus.Held).Select(v => v.Certification).ToList(),
            verdicts.Where(v => v.Verdict.Status == EligibilityStatus.Now).Select(v => v.Certification).ToList(),
            Where(v => v.Status == EligibilityStatus.After && v.CanStartNow),
            Where(v => v.Status == EligibilityStatus.After && !v.CanStartNow),
            Where(v => v.Status == EligibilityStatus.Unknown));
    }

    /// <summary>What a verdict still needs, in one phrase.</summary>
    public static string Needs(Verdict verdict) =>
        string.Join("; ", (verdict ?? throw new ArgumentNullException(nameof(verdict))).Missing.Select(m => m.Text));
}
