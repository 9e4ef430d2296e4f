using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace CareerPortal.Web.Pages.Search;

/// <summary>Marks the search terms in a piece of text. Every character of the text is HTML-encoded;
/// the only markup added is <c>&lt;mark&gt;</c>, so what a visitor typed can never become HTML.</summary>
public static class Highlighter
{
    public static IHtmlContent Highlight(string text, IReadOnlyList<string> terms)
    {
        var ranges = new List<(int Start, int End)>();
        foreach (var term in terms)
        {
            for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.OrdinalIgnoreCase))
            {
                ranges.Add((at, at + term.Length));
            }
        }
        var html = new StringBuilder(text.Length + 32);
        var position = 0;
        foreach (var (start, end) in Merge(ranges))
        {
            html.Append(HtmlEncoder.Default.Encode(text[position..start]))
                .Append("<mark>").Append(HtmlEncoder.Default.Encode(text[start..end])).Append("</mark>");
            position = end;
        }
        html.Append(HtmlEncoder.Default.Encode(text[position..]));
        return new HtmlString(html.ToString());
    }

    private static IEnumerable<(int Start, int End)> Merge(List<(int Start, int End)> ranges)
    {
        (int Start, int End)? open = null;
        foreach (var range in ranges.OrderBy(r => r.Start))
        {
            if (open is { } current && range.Start <= current.End)
            {
                open = (current.Start, Math.Max(current.End, range.End));
                continue;
            }
            if (open is { } done)
            {
                yield return done;
            }
            open = range;
        }
        if (open is { } last)
        {
            yield return last;
        }
    }

    /// <summary>About <paramref name="length"/> characters of <paramref name="text"/> around the first
    /// term found in it (its start when none is), starting at a sentence when one starts shortly
    /// before the term, and otherwise cut at spaces.</summary>
    public static string Snippet(string text, IReadOnlyList<string> terms, int length = 220)
    {
        if (text.Length <= length)
        {
            return text;
        }
        var first = terms.Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - length / 3);
        var sentence = first > start ? text.LastIndexOf(". ", first - 1, first - start, StringComparison.Ordinal) : -1;
        if (sentence >= start)
        {
            start = sentence + 2;
        }
        else if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < first ? space + 1 : start;
        }
        var end = Math.Min(text.Length, start + length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        return (start > 0 ? "…" : "") + text[start..end].Trim() + (end < text.Length ? "…" : "");
    }
}
