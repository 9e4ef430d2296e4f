using CareerPortal.Web.Data;

namespace CareerPortal.Web.Pages.Careers;

public sealed record SkillChange(Skill Skill, Importance? Before, Importance After);

/// <summary>What a move from one stage to another adds: work the first stage does not list, skills
/// that appear or matter more, and certifications the first stage does not suggest. The stages may
/// belong to different careers (a move sideways); they need their skills and certifications loaded.</summary>
public sealed record LevelChange(
    IReadOnlyList<string> NewResponsibilities, IReadOnlyList<SkillChange> NewSkills,
    IReadOnlyList<SkillChange> GrowingSkills, IReadOnlyList<Certification> NewCertifications)
{
    public bool AddsSkillsOrCertifications => NewSkills.Count + GrowingSkills.Count + NewCertifications.Count > 0;

    public static LevelChange Between(CareerLevel from, CareerLevel to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var before = from.Skills.ToDictionary(s => s.SkillId, s => s.Importance);
        var newSkills = to.Skills.Where(s => !before.ContainsKey(s.SkillId))
            .Select(s => new SkillChange(s.Skill, null, s.Importance)).ToList();
        var growing = to.Skills.Where(s => before.TryGetValue(s.SkillId, out var was) && s.Importance > was)
            .Select(s => new SkillChange(s.Skill, before[s.SkillId], s.Importance)).ToList();
        var held = from.Certifications.Select(c => c.CertificationId).ToHashSet();
        var certifications = to.Certifications.Where(c => !held.Contains(c.CertificationId)).Select(c => c.Certification).ToList();
        var responsibilities = to.Responsibilities.Except(from.Responsibilities, StringComparer.OrdinalIgnoreCase).ToList();
        return new LevelChange(responsibilities, newSkills, growing, certifications);
    }
}
