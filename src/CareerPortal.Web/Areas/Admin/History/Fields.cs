using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CareerPortal.Web.Areas.Admin.History;

/// <summary>A snapshot as named fields of text, for comparing two revisions side by side and for
/// naming what a save changed. Lists and nested items are written as indented lines.</summary>
public static class Fields
{
    public sealed record Field(string Name, string Text);

    public static IReadOnlyList<Field> Of(Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var fields = new List<Field>();
        if (snapshot.Career is { } career)
        {
            fields.Add(new Field("Career", career));
        }
        if (snapshot.Document.ValueKind == JsonValueKind.Object)
        {
            fields.AddRange(snapshot.Document.EnumerateObject().Select(p => new Field(p.Name, Text(p.Value))));
        }
        if (snapshot.Uses is { Count: > 0 } uses)
        {
            fields.Add(new Field("Used by", string.Join("\n", uses.Select(u => string.Join(" ", new[] { u.Career, u.Level, u.Importance }.OfType<string>())))));
        }
        if (snapshot.Sections is { Count: > 0 } sections)
        {
            fields.Add(new Field("Guide sections", string.Join("\n", sections.Select(s => s.Title))));
        }
        return fields;
    }

    /// <summary>The names of the fields that differ between two snapshots, in the newer's order.</summary>
    public static IReadOnlyList<string> Changed(Snapshot older, Snapshot newer)
    {
        var before = Of(older).ToDictionary(f => f.Name, f => f.Text);
        var after = Of(newer);
        return after.Where(f => !before.TryGetValue(f.Name, out var text) || text != f.Text).Select(f => f.Name)
            .Concat(before.Keys.Except(after.Select(f => f.Name))).ToList();
    }

    /// <summary>Both sides' fields, by name, in the order they first appear.</summary>
    public static IReadOnlyList<(string Name, string Left, string Right)> Pair(Snapshot left, Snapshot right)
    {
        var a = Of(left).ToDictionary(f => f.Name, f => f.Text);
        var b = Of(right).ToDictionary(f => f.Name, f => f.Text);
        return a.Keys.Concat(b.Keys).Distinct().Select(n => (n, a.GetValueOrDefault(n, ""), b.GetValueOrDefault(n, ""))).ToList();
    }

    private static string Text(JsonElement value)
    {
        var text = new StringBuilder();
        Write(text, value, 0);
        return text.ToString().TrimEnd('\n');
    }

    private static void Write(StringBuilder text, JsonElement value, int depth)
    {
        var indent = new string(' ', depth * 2);
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        text.Append(indent).Append("-\n");
                        Write(text, item, depth + 1);
                    }
                    else
                    {
                        text.Append(indent).Append("- ").Append(Scalar(item)).Append('\n');
                    }
                }
                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        text.Append(indent).Append(property.Name).Append(":\n");
                        Write(text, property.Value, depth + 1);
                    }
                    else
                    {
                        text.Append(indent).Append(property.Name).Append(": ").Append(Scalar(property.Value)).Append('\n');
                    }
                }
                break;
            default:
                text.Append(indent).Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Null => "",
        _ => value.GetRawText().ToString(CultureInfo.InvariantCulture),
    };
}
