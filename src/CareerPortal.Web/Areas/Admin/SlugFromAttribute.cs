using System.Reflection;
using System.Text;

namespace CareerPortal.Web.Areas.Admin;

/// <summary>On an input model's slug: left empty, the slug is made from the property
/// <see cref="Source"/> (the name or title) when the form is saved; with JavaScript the form fills
/// it while the name is typed (wwwroot/js/slug.js, told where by <see cref="FieldTagHelper"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SlugFromAttribute(string source) : Attribute
{
    public string Source { get; } = source;

    /// <summary>Fills every empty slug of <paramref name="input"/> from its source; returns the
    /// slugs still empty because their source is empty too (the source's own message covers them).</summary>
    public static IReadOnlyList<string> Fill(object input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var stillEmpty = new List<string>();
        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<SlugFromAttribute>() is not { } from || !string.IsNullOrWhiteSpace(property.GetValue(input) as string))
            {
                continue;
            }
            var slug = Slug(input.GetType().GetProperty(from.Source)?.GetValue(input) as string);
            property.SetValue(input, slug);
            if (slug.Length == 0)
            {
                stillEmpty.Add(property.Name);
            }
        }
        return stillEmpty;
    }

    /// <summary>"Risk &amp; Change Management (Advanced)" to "risk-change-management-advanced": accents
    /// dropped, anything else between letters and digits one hyphen. The same rule as slug.js.</summary>
    public static string Slug(string? text)
    {
        var slug = new StringBuilder();
        foreach (var letter in (text ?? "").ToLowerInvariant())
        {
            // The site runs with invariant globalization, where Normalize() leaves accents alone.
            var c = Accents.IndexOf(letter, StringComparison.Ordinal) is var at and >= 0 ? Plain[at] : letter;
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString(0, Math.Min(slug.Length, Rules.SlugLength)).Trim('-');
    }

    private const string Accents = "àáâãäåāăąçćčďđèéêëēėęěìíîïīįıñńňòóôõöøōőŕřśšşťţùúûüūůűųýÿźżžß";
    private const string Plain = "aaaaaaaaacccddeeeeeeeeiiiiiiinnnoooooooorrsssttuuuuuuuuyyzzzs";
}
