namespace CareerPortal.Web.Data;

/// <summary>Education levels in order, so that "at least" compares.</summary>
public enum Education { None = 0, Secondary = 1, Bachelor = 2 }

/// <summary>One way to qualify for a certification: every requirement it sets must be met.
/// Stored as JSON on its certification; read by <see cref="Certifications.Eligibility"/>.</summary>
public sealed record EligibilityRoute
{
    /// <summary>The least education this route accepts (<see cref="Education.None"/>: no requirement).</summary>
    public Education Education { get; init; }

    /// <summary>Months of project experience needed; null or 0 for none.</summary>
    public int? ExperienceMonths { get; init; }

    /// <summary>The experience must be on agile teams (and the training agile training).</summary>
    public bool Agile { get; init; }

    /// <summary>The experience must fall within this many recent years (shown, not checked:
    /// a reader's background does not say when their experience was).</summary>
    public int? WithinYears { get; init; }

    /// <summary>Hours of training needed; null or 0 for none.</summary>
    public int? TrainingHours { get; init; }

    /// <summary>A named course that must be completed (hours of other training do not count).</summary>
    public string? Course { get; init; }

    /// <summary>Slug of a certification that, when held, takes the place of the training or course.</summary>
    public string? OrCertification { get; init; }
}
