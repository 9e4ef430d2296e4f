using CareerPortal.Web.Certifications;
using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Pages.Certifications;

/// <summary>Which certification to take first, by background: a GET form (no JavaScript) and, with
/// no answers yet, the advice for six common backgrounds. Built from <see cref="WhichFirst"/>, so it
/// never recommends a certification the reader cannot yet qualify for.</summary>
public sealed class WhichFirstModel(CareerDb db) : PageModel, IHasMeta
{
    public PageMeta? Meta { get; } = new()
    {
        Title = "Which certification first?",
        Description = "Which project management certification to take first for your experience, education and team: only ones you can qualify for now.",
        Path = PublicPaths.WhichCertificationFirst,
        Breadcrumbs = [new("Home", PublicPaths.Home), new("Certifications", PublicPaths.Certifications)],
    };

    /// <summary>A reader's background as the form asks it; the months are each answer's lower bound,
    /// so the advice holds for everyone who gives it.</summary>
    public sealed record Choice(string Value, string Label, int Months);

    public static IReadOnlyList<Choice> Experiences { get; } =
    [
        new("none", "No project experience yet", 0),
        new("some", "Some: 1 to 4 years", 12),
        new("lots", "A lot: 5 years or more", 60),
    ];

    public static IReadOnlyList<Choice> Trainings { get; } =
    [
        new("none", "None yet", 0),
        new("23", "23 to 34 hours", 23),
        new("35", "35 hours or more", 35),
    ];

    public static IReadOnlyList<(Education Value, string Label)> Educations { get; } =
    [
        (Education.Secondary, "Secondary diploma (high school or equivalent)"),
        (Education.Bachelor, "Four-year (bachelor's) degree"),
        (Education.None, "Neither yet"),
    ];

    public sealed record Scenario(string Heading, Choice Experience, bool Agile, Education Education, Choice Training, WhichFirst.Advice Advice);

    public string Experience { get; private set; } = "";
    public string Agile { get; private set; } = "";
    public Education Education { get; private set; } = Education.Secondary;
    public string Training { get; private set; } = "none";
    /// <summary>The reader's own answer, when the form was sent with every field valid.</summary>
    public Scenario? Answer { get; private set; }
    /// <summary>Without an answer: the advice for each common background.</summary>
    public IReadOnlyList<Scenario> Cases { get; private set; } = [];
    public Reviewed Reviewed { get; private set; } = null!;

    public async Task OnGetAsync(string? experience, string? agile, string? education, string? training, CancellationToken cancellationToken)
    {
        var certifications = await db.Certifications.AsNoTracking().Include(c => c.Level)
            .OrderBy(c => c.Abbreviation).ToListAsync(cancellationToken);
        Reviewed = new Reviewed(Reviewed.Latest(certifications.Select(c => c.UpdatedAt)), []);

        var chosenExperience = Experiences.FirstOrDefault(e => e.Value == experience);
        var chosenTraining = Trainings.FirstOrDefault(t => t.Value == training) ?? Trainings[0];
        var chosenEducation = Educations.Select(e => (Education?)e.Value).FirstOrDefault(e => string.Equals(e.ToString(), education, StringComparison.OrdinalIgnoreCase));
        (Experience, Agile, Training) = (chosenExperience?.Value ?? "", agile is "yes" or "no" ? agile : "", chosenTraining.Value);
        Education = chosenEducation ?? Education.Secondary;
        if (chosenExperience is not null && Agile.Length > 0)
        {
            Answer = Advise(certifications, "Your answer", chosenExperience, Agile == "yes", Education, chosenTraining);
            return;
        }
        Cases = [.. from e in Experiences
                    from onAgileTeam in AgileAnswers
                    select Advise(certifications, $"{e.Label}, {(onAgileTeam ? "on agile teams" : "not on agile teams")}", e, onAgileTeam, Education.Secondary, Trainings[0])];
    }

    private static Scenario Advise(IReadOnlyList<Certification> certifications, string heading, Choice experience, bool agile, Education education, Choice training) =>
        new(heading, experience, agile, education, training,
            WhichFirst.For(certifications, new Background(experience.Months, education, training.Months, agile, new HashSet<string>()), experience.Months / 12));

    private static readonly bool[] AgileAnswers = [false, true];

    public static string Id(Scenario item) => $"{item.Experience.Value}-{(item.Agile ? "agile" : "not-agile")}";
}
