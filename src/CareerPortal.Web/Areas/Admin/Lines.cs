namespace CareerPortal.Web.Areas.Admin;

/// <summary>Lists edited as a textarea, one item per line.</summary>
public static class Lines
{
    public static string Join(IEnumerable<string> items) => string.Join('\n', items);

    /// <summary>The non-empty lines, trimmed.</summary>
    public static List<string> Split(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
