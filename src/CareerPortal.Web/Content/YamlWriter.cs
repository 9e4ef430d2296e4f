using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Serialization;

namespace CareerPortal.Web.Content;

/// <summary>Writes content items as YAML in one canonical form, so an export is the same bytes every
/// time: keys in the order the item's class declares them, absent values left out, LF line endings,
/// strings plain when YAML reads them back unchanged and double-quoted otherwise, multi-line text
/// as a literal block, short lists of words inline, and blank lines between large blocks.</summary>
public static partial class YamlWriter
{
    /// <summary>An inline list (<c>[a, b]</c>) is used only when its line stays this short.</summary>
    private const int InlineListWidth = 100;

    /// <summary>A list of items, as in the catalog files: a blank line between items.</summary>
    public static string List<T>(IEnumerable<T> items) where T : SourceItem
    {
        var text = new StringBuilder();
        foreach (var item in items)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }
            WriteMapping(text, Fields(item), indent: 0, firstPrefix: "- ", document: false);
        }
        return text.ToString();
    }

    /// <summary>One item as a whole document (career.yml, a section's front matter).</summary>
    public static string Document(SourceItem item)
    {
        var text = new StringBuilder();
        WriteMapping(text, Fields(item), indent: 0, firstPrefix: "", document: true);
        return text.ToString();
    }

    private static List<(string Key, object Value)> Fields(object item) =>
        item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<YamlIgnoreAttribute>() is null)
            .Select(p => (Key: char.ToLowerInvariant(p.Name[0]) + p.Name[1..], Value: p.GetValue(item)))
            .Where(f => f.Value is not null)
            .Select(f => (f.Key, f.Value!))
            .ToList();

    /// <summary>A mapping whose first line starts with <paramref name="firstPrefix"/> ("- " in a list),
    /// the rest indented to match.</summary>
    private static void WriteMapping(StringBuilder text, List<(string Key, object Value)> fields, int indent, string firstPrefix, bool document)
    {
        var previousWasBlock = false;
        for (var i = 0; i < fields.Count; i++)
        {
            var (key, value) = fields[i];
            var column = indent + firstPrefix.Length;
            var isBlock = IsBlockList(value, column, key);
            // In a whole document a blank line sets each list apart from its neighbours.
            if (document && i > 0 && (isBlock || previousWasBlock))
            {
                text.Append('\n');
            }
            previousWasBlock = isBlock;
            text.Append(i == 0 ? new string(' ', indent) + firstPrefix : new string(' ', indent + firstPrefix.Length));
            text.Append(key).Append(':');
            WriteValue(text, value, column, isBlock);
        }
    }

    /// <summary>Writes what follows <c>key:</c>, the key starting at column <paramref name="indent"/>.</summary>
    private static void WriteValue(StringBuilder text, object value, int indent, bool isBlock)
    {
        switch (value)
        {
            case string s when IsLiteralBlock(s):
                WriteLiteral(text, s, indent + 2);
                break;
            case string s:
                text.Append(' ').Append(Scalar(s, inFlow: false)).Append('\n');
                break;
            case bool b:
                text.Append(b ? " true\n" : " false\n");
                break;
            case int n:
                text.Append(' ').Append(n.ToString(CultureInfo.InvariantCulture)).Append('\n');
                break;
            case IList list when isBlock:
                text.Append('\n');
                WriteList(text, list, indent + 2);
                break;
            case IList list:
                text.Append(" [").AppendJoin(", ", list.Cast<string>().Select(s => Scalar(s, inFlow: true))).Append("]\n");
                break;
            default:
                throw new InvalidOperationException($"No YAML form for {value.GetType().Name}");
        }
    }

    private static void WriteList(StringBuilder text, IList list, int indent)
    {
        // Items that hold lists of their own (a career's levels) are set apart by blank lines.
        var spaced = list.Cast<object>().Any(item => item is SourceItem && Fields(item).Any(f => IsBlockList(f.Value, indent + 2, f.Key)));
        for (var i = 0; i < list.Count; i++)
        {
            if (spaced && i > 0)
            {
                text.Append('\n');
            }
            if (list[i] is string s)
            {
                text.Append(' ', indent).Append("- ").Append(Scalar(s, inFlow: false)).Append('\n');
            }
            else if (Fields(list[i]!) is { Count: > 0 } fields)
            {
                WriteMapping(text, fields, indent, "- ", document: false);
            }
            else
            {
                // An item with every field empty still counts (a certification's "no prerequisites" route).
                text.Append(' ', indent).Append("- {}\n");
            }
        }
    }

    /// <summary>A list goes under its key, one item a line, unless it is a list of words that fits
    /// on the key's line: <c>key: [a, b]</c>.</summary>
    private static bool IsBlockList(object value, int column, string key) =>
        value is IList list
        && !(list.Cast<object>().All(item => item is string s && IsPlain(s, inFlow: true))
             && column + key.Length + ": [".Length + list.Cast<string>().Sum(s => s.Length + ", ".Length) <= InlineListWidth);

    private static bool IsLiteralBlock(string value) =>
        value.Contains('\n', StringComparison.Ordinal)
        && value.TrimEnd('\n').Length > 0
        && value[0] is not (' ' or '\t' or '\n')
        && !value.Any(c => c != '\n' && c != '\t' && NeedsEscape(c));

    /// <summary><c>|</c> keeps one final line break, <c>|-</c> none, <c>|+</c> all of them.</summary>
    private static void WriteLiteral(StringBuilder text, string value, int indent)
    {
        var body = value.TrimEnd('\n');
        var trailing = value.Length - body.Length;
        text.Append(trailing switch { 0 => " |-", 1 => " |", _ => " |+" }).Append('\n');
        foreach (var line in body.Split('\n'))
        {
            if (line.Length > 0)
            {
                text.Append(' ', indent).Append(line);
            }
            text.Append('\n');
        }
        text.Append('\n', Math.Max(0, trailing - 1));
    }

    private static string Scalar(string value, bool inFlow) => IsPlain(value, inFlow) ? value : DoubleQuoted(value);

    /// <summary>Whether YAML reads <paramref name="value"/> back as the same string when written bare.</summary>
    private static bool IsPlain(string value, bool inFlow) =>
        value.Length > 0
        && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
        && "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0], StringComparison.Ordinal) < 0
        && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal) && value[^1] != ':'
        && !(inFlow && value.AsSpan().IndexOfAny(",[]{}") >= 0)
        && !value.Any(c => c is '\t' || NeedsEscape(c))
        && !NotAString().IsMatch(value);

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\u0085';

    private static string DoubleQuoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when NeedsEscape(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    /// <summary>Words YAML resolves to null, a boolean or a number (YAML 1.1 and 1.2) when unquoted.</summary>
    [GeneratedRegex(@"^(~|null|true|false|yes|no|on|off|y|n|[-+]?(\.inf|\.nan)|[-+]?(0x[0-9a-f_]+|0o?[0-7_]+|0b[01_]+|[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?|(\.[0-9_]+|[0-9][0-9_]*(\.[0-9_]*)?)(e[-+]?[0-9]+)?))$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAString();
}
