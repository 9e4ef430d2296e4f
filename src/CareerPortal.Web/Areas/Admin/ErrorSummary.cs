using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPortal.Web.Areas.Admin;

/// <summary>The errors of a form for its summary, in the order of the form's fields (the order the
/// page model declares them in, which the forms follow), not in the order they were found: binding
/// problems are found before the validator runs. Errors about the whole form come first.</summary>
public static partial class ErrorSummary
{
    public static IReadOnlyList<(string Key, string Message)> Ordered(ModelStateDictionary modelState, Type? model)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .SelectMany(entry => entry.Value!.Errors.Select(error => (entry.Key, error.ErrorMessage)))
            .Select((error, found) => (error, position: Position(model, error.Key), found))
            .OrderBy(e => e.position, Comparer<IReadOnlyList<int>>.Create(Compare))
            .ThenBy(e => e.found)
            .Select(e => e.error)
            .ToList();
    }

    /// <summary>"Input.Skills[2].Importance": the declared position of Input, then 2, then of Importance.</summary>
    private static List<int> Position(Type? type, string key)
    {
        var position = new List<int>();
        if (key.Length == 0)
        {
            return position;
        }
        foreach (var segment in key.Split('.'))
        {
            var match = Segment().Match(segment);
            var properties = type?.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken).ToList() ?? [];
            var index = properties.FindIndex(p => p.Name == match.Groups["name"].Value);
            position.Add(index < 0 ? int.MaxValue : index);
            type = index < 0 ? null : properties[index].PropertyType;
            if (match.Groups["item"].Success)
            {
                position.Add(int.Parse(match.Groups["item"].Value, System.Globalization.CultureInfo.InvariantCulture));
                type = type is null || !typeof(IEnumerable).IsAssignableFrom(type) ? null
                    : type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
            }
        }
        return position;
    }

    private static int Compare(IReadOnlyList<int>? a, IReadOnlyList<int>? b)
    {
        for (var i = 0; i < Math.Min(a!.Count, b!.Count); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }
        return a.Count.CompareTo(b.Count);
    }

    [GeneratedRegex(@"^(?<name>[^\[]*)(\[(?<item>\d+)\])?$")]
    private static partial Regex Segment();
}
