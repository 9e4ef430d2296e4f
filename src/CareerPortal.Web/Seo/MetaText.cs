using System.Text;

namespace CareerPortal.Web.Seo;

/// <summary>Meta descriptions that fit a search result: 50-160 characters and never empty,
/// whatever length the data gives.</summary>
public static class MetaText
{
    public const int MinLength = 50;
    public const int MaxLength = 160;
    private const char Ellipsis = '…';

    /// <summary><paramref name="text"/> when it fits. A shorter one is followed by
    /// <paramref name="context"/> (a sentence about the page); a longer one is cut at a word
    /// boundary and ends with an ellipsis.</summary>
    public static string Describe(string? text, string context)
    {
        var description = Collapse(text);
        if (description.Length < MinLength)
        {
            description = description.Length == 0 ? Collapse(context) : $"{EndSentence(description)} {Collapse(context)}";
        }
        return Cut(description, MaxLength);
    }

    /// <summary>At most <paramref name="max"/> characters, cut after a whole word.</summary>
    public static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }
        var room = text[..(max - 1)];
        var lastSpace = room.LastIndexOf(' ');
        // A single word longer than the room is cut where it must be.
        var kept = lastSpace > max / 2 ? room[..lastSpace] : room;
        return kept.TrimEnd(' ', ',', ';', ':', '-', '–', '(') + Ellipsis;
    }

    private static string EndSentence(string text) => text[^1] is '.' or '!' or '?' or Ellipsis ? text : text + ".";

    /// <summary>One line: runs of white space (line breaks from YAML or Markdown) become one space.</summary>
    private static string Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }
        return builder.ToString();
    }
}
