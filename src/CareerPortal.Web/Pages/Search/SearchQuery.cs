using System.Text;

namespace CareerPortal.Web.Pages.Search;

/// <summary>What a visitor typed, made safe to search with: control characters dropped, spaces
/// collapsed, cut to <see cref="MaxLength"/>, split into a few lower-case terms.</summary>
public sealed record SearchQuery(string Text, IReadOnlyList<string> Terms)
{
    public const int MaxLength = 200;
    public const int MaxTerms = 8;
    private static readonly char[] Punctuation = ['"', '\'', '“', '”', '‘', '’', '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '<', '>'];

    public bool IsEmpty => Terms.Count == 0;

    /// <summary>The terms as one phrase, for ranking an exact match above scattered words.</summary>
    public string Phrase => string.Join(' ', Terms);

    public static SearchQuery Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return new SearchQuery("", []);
        }
        var text = new StringBuilder(Math.Min(raw.Length, MaxLength));
        var space = false;
        foreach (var c in raw.AsSpan(0, Math.Min(raw.Length, MaxLength * 4)))
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = text.Length > 0;
                continue;
            }
            if (char.IsSurrogate(c) && text.Length >= MaxLength - 1)
            {
                break;
            }
            if (space)
            {
                text.Append(' ');
                space = false;
            }
            text.Append(c);
            if (text.Length >= MaxLength)
            {
                break;
            }
        }
        var clean = text.ToString();
        var terms = clean.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim(Punctuation).ToLowerInvariant())
            .Where(t => t.Length > 0)
            .Distinct()
            .Take(MaxTerms)
            .ToList();
        return new SearchQuery(clean, terms);
    }
}
