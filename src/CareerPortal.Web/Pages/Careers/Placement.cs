using CareerPortal.Web.Data;

namespace CareerPortal.Web.Pages.Careers;

/// <summary>Where some years of experience sit on a career's ladder, said honestly: ranges meet at
/// their ends (2-4 and 4-7), so a boundary year belongs to two stages, and a stage without years
/// (the top of a ladder) is reached by promotion, not by time.</summary>
public sealed record Placement(int Experience, IReadOnlyList<CareerLevel> Stages, string Summary)
{
    public const int MaxYears = 60;

    /// <summary>The stage a reader with these years would most likely apply at: the highest one whose range holds them.</summary>
    public CareerLevel? Likeliest => Stages.Count > 0 ? Stages[^1] : null;

    /// <param name="ladder">The career's stages in ladder order.</param>
    public static Placement Of(int years, IReadOnlyList<CareerLevel> ladder)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        var stages = ladder.Where(s => Holds(s, years)).ToList();
        var span = YearsText(years);
        var summary = stages switch
        {
            [] => $"{span} is outside the ranges this ladder lists.",
            [var only] => $"{span} is {Where(only, years)} {only.Title} ({Years.Describe(only)}).",
            _ => $"{span} is {string.Join(" and ", stages.Select(s => $"{Where(s, years)} {s.Title} ({Years.Describe(s)})"))}: the ranges meet there, so employers may place you at either stage, depending on the job and what you have done in those years.",
        };
        return new Placement(years, stages, summary);
    }

    /// <summary>How the years compare with one stage's own range (a job title's level).</summary>
    public static string Against(int years, CareerLevel stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var span = YearsText(years);
        return (stage.MinYears, stage.MaxYears) switch
        {
            (null, null) => $"{stage.Title} lists no years: it is reached by promotion after the stages below it.",
            ({ } min, _) when years < min => $"{stage.Title} usually starts at {min} years: with {span} you are {YearsText(min - years)} short of its usual start, so expect to be compared with people who have more experience, or look at the stage below first.",
            (_, { } max) when years > max => $"{stage.Title} usually runs to {max} years: with {span} you are past its usual range, so the next stage up is worth a look.",
            _ => $"{span} is {Where(stage, years)} the usual range for {stage.Title} ({Years.Describe(stage)}).",
        };
    }

    private static bool Holds(CareerLevel stage, int years) =>
        (stage.MinYears is not null || stage.MaxYears is not null)
        && (stage.MinYears is not { } min || years >= min) && (stage.MaxYears is not { } max || years <= max);

    private static string Where(CareerLevel stage, int years) =>
        stage.MinYears == years ? "at the start of" : stage.MaxYears == years ? "at the top of" : "within";

    private static string YearsText(int years) => years == 1 ? "1 year" : $"{years} years";
}
