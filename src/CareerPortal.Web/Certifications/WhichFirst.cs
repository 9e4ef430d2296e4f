using CareerPortal.Web.Data;

namespace CareerPortal.Web.Certifications;

/// <summary>The "which certification first" advice: only certifications the reader can work
/// towards today (<see cref="Verdict.CanStartNow"/>) are recommended; the rest are listed as
/// "later, once eligible" with what is missing. Pure, like <see cref="Eligibility"/>.</summary>
public static class WhichFirst
{
    public sealed record Advice(IReadOnlyList<(Certification Certification, Verdict Verdict)> Recommended,
        IReadOnlyList<(Certification Certification, Verdict Verdict)> Later);

    /// <summary>Recommended first: agile certifications for readers on agile teams (and the others
    /// for the rest), then those whose level suits <paramref name="years"/> of experience best,
    /// then those open now before those that need training first.</summary>
    public static Advice For(IReadOnlyList<Certification> certifications, Background reader, int years)
    {
        ArgumentNullException.ThrowIfNull(certifications);
        var verdicts = certifications.Zip(Eligibility.Check(certifications, reader)).ToList();
        var recommended = verdicts
            .Where(v => v.Second.CanStartNow && v.Second.Status != EligibilityStatus.Held)
            .OrderBy(v => reader.Agile is { } agile && IsAgile(v.First) != agile ? 1 : 0)
            .ThenBy(v => Math.Abs((v.First.Level?.MinYears ?? years) - years))
            .ThenBy(v => v.Second.Status == EligibilityStatus.Now ? 0 : 1)
            .ThenBy(v => v.First.Abbreviation, StringComparer.Ordinal)
            .ToList();
        var later = verdicts.Where(v => !v.Second.CanStartNow).ToList();
        return new Advice(recommended, later);
    }

    /// <summary>A certification for agile teams: one of its routes asks for agile experience or training.</summary>
    public static bool IsAgile(Certification certification)
    {
        ArgumentNullException.ThrowIfNull(certification);
        return certification.Eligibility.Any(r => r.Agile);
    }
}
