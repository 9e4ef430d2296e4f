using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

namespace CareerPortal.Web.Areas.Admin;

/// <summary>A field both editors changed, differently: put to the editor to choose.</summary>
public sealed record FieldConflict(string Property, string Label, string Mine, string Theirs)
{
    /// <summary>Long text (Markdown, lists) is compared word by word; a short value is shown whole.</summary>
    public bool IsLongText => Mine.Contains('\n', StringComparison.Ordinal) || Theirs.Contains('\n', StringComparison.Ordinal)
        || Mine.Length > 80 || Theirs.Length > 80;
}

/// <summary>A three-way merge of two edits of one form, field by field, against the version the
/// form started from: a field only they changed takes theirs, a field only I changed keeps mine,
/// a field we both changed to different values is a conflict (mine stays in the form).</summary>
public static class FieldMerge
{
    public sealed record Result(IReadOnlyList<FieldConflict> Conflicts, IReadOnlyList<string> TakenFromTheirs);

    /// <summary>Merges <paramref name="theirs"/> into <paramref name="mine"/> in place. Without the
    /// <paramref name="original"/> (a form from before merging existed) every difference is a conflict.</summary>
    public static Result Merge<T>(T? original, T mine, T theirs) where T : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(theirs);
        var conflicts = new List<FieldConflict>();
        var taken = new List<string>();
        foreach (var property in Fields(typeof(T)))
        {
            var mineText = Text(property.GetValue(mine));
            var theirText = Text(property.GetValue(theirs));
            if (mineText == theirText)
            {
                continue;
            }
            var originalText = original is null ? null : Text(property.GetValue(original));
            if (mineText == originalText)
            {
                property.SetValue(mine, property.GetValue(theirs));
                taken.Add(Label(property));
            }
            else if (theirText != originalText)
            {
                conflicts.Add(new FieldConflict(property.Name, Label(property), mineText, theirText));
            }
        }
        mine.Version = theirs.Version;
        return new Result(conflicts, taken);
    }

    /// <summary>Sets <paramref name="property"/> of <paramref name="target"/> to its value in <paramref name="source"/>.</summary>
    public static void Take<T>(T target, T source, string property) where T : class
    {
        if (Fields(typeof(T)).FirstOrDefault(p => p.Name == property) is { } field)
        {
            field.SetValue(target, field.GetValue(source));
        }
    }

    /// <summary>The editable fields of an input model: everything but its version.</summary>
    public static IEnumerable<PropertyInfo> Fields(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.Name != nameof(IVersioned.Version));

    private static string Label(PropertyInfo property) =>
        property.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? property.Name;

    /// <summary>A value as compared and shown: a form posts CRLF and untrimmed text where the row
    /// holds LF and trimmed text, which is no change.</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        string text => text.ReplaceLineEndings("\n").Trim(),
        IEnumerable list => string.Join("\n", list.Cast<object>().Select(item => Convert.ToString(item, CultureInfo.InvariantCulture))),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
