using System.Text.RegularExpressions;
using CareerPortal.Web.Data;

namespace CareerPortal.Web.Content;

/// <summary>The words the content files use for enum values, both ways.</summary>
public static partial class ContentValues
{
    public static readonly IReadOnlyDictionary<string, SkillKind> SkillKinds = new Dictionary<string, SkillKind>
    {
        ["technical"] = SkillKind.Technical,
        ["core-competency"] = SkillKind.CoreCompetency,
        ["soft"] = SkillKind.Soft,
    };

    public static readonly IReadOnlyDictionary<string, Importance> Importances = new Dictionary<string, Importance>
    {
        ["essential"] = Importance.Essential,
        ["important"] = Importance.Important,
        ["useful"] = Importance.Useful,
    };

    public static readonly IReadOnlyDictionary<string, RelationKind> RelationKinds = new Dictionary<string, RelationKind>
    {
        ["related"] = RelationKind.Related,
        ["next-step"] = RelationKind.NextStep,
    };

    public static readonly IReadOnlyDictionary<string, SectionStatus> Statuses = new Dictionary<string, SectionStatus>
    {
        ["published"] = SectionStatus.Published,
        ["draft"] = SectionStatus.Draft,
    };

    public static readonly IReadOnlyDictionary<string, Education> Educations = new Dictionary<string, Education>
    {
        ["none"] = Education.None,
        ["secondary"] = Education.Secondary,
        ["bachelor"] = Education.Bachelor,
    };

    public static string Word<T>(IReadOnlyDictionary<string, T> words, T value) where T : struct, Enum =>
        words.First(pair => EqualityComparer<T>.Default.Equals(pair.Value, value)).Key;

    public static bool IsSlug(string? value) => value is not null && SlugPattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
