using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace CareerPortal.Web.Content;

/// <summary>Reads a content folder into a <see cref="ContentSet"/>, collecting every syntax error
/// with its file and line rather than stopping at the first.</summary>
public static partial class ContentReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithNodeDeserializer(inner => new LineRecorder(inner), s => s.InsteadOf<ObjectNodeDeserializer>())
        .Build();

    public const string SourcesPath = "catalog/sources.yml";

    public static ContentSet Read(string root) => Read(ContentBundle.FromFolder(root));

    public static ContentSet Read(ContentBundle bundle)
    {
        var errors = new List<string>();
        var set = new ContentSet();
        var files = bundle.Files;

        set.Levels.AddRange(ReadList<LevelFile>(files, "catalog/levels.yml", errors));
        set.Skills.AddRange(ReadList<SkillFile>(files, "catalog/skills.yml", errors));
        set.Certifications.AddRange(ReadList<CertificationFile>(files, "catalog/certifications.yml", errors));
        set.Tools.AddRange(ReadList<ToolFile>(files, "catalog/tools.yml", errors));
        // Added after the first release: a content folder without it has no outside sources.
        if (files.ContainsKey(SourcesPath))
        {
            set.Sources.AddRange(ReadList<SourceFile>(files, SourcesPath, errors));
        }

        // A career is a folder under careers/ (the bundle lists files only, sorted by path).
        var folders = files.Keys.Where(p => p.StartsWith("careers/", StringComparison.Ordinal))
            .Select(p => p.Split('/')[1]).Distinct().Order(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var careerPath = $"careers/{folder}/career.yml";
            var career = ReadOne<CareerFile>(files, careerPath, errors);
            if (career is null)
            {
                continue;
            }
            if (career.Slug != folder)
            {
                errors.Add($"{careerPath}:{career.Line}: slug '{career.Slug}' must match its folder name '{folder}'");
            }
            var source = new CareerSource(careerPath, career);
            var sectionsPrefix = $"careers/{folder}/sections/";
            foreach (var (sectionPath, text) in files.Where(f => f.Key.StartsWith(sectionsPrefix, StringComparison.Ordinal)))
            {
                var section = ReadSection(text, sectionPath, errors);
                if (section is not null)
                {
                    source.Sections.Add((sectionPath, section));
                }
            }
            set.Careers.Add(source);
        }

        if (errors.Count > 0)
        {
            throw new ContentException(errors);
        }
        return set;
    }

    /// <summary>Splits <c>---</c> front matter from the Markdown body and reads both.</summary>
    public static SectionFile? ReadSection(string text, string path, List<string> errors)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var match = FrontMatter().Match(text);
        if (!match.Success)
        {
            errors.Add($"{path}:1: a section must start with front matter between two '---' lines");
            return null;
        }
        var section = Deserialize<SectionFile>(match.Groups["yaml"].Value, path, errors, lineOffset: 1);
        if (section is null)
        {
            return null;
        }
        section.Line = 1;
        section.Body = NormalizeBody(match.Groups["body"].Value);
        var body = match.Groups["body"];
        section.BodyLine = text.AsSpan(0, body.Index).Count('\n') + 1 + (body.Value.Length - body.Value.TrimStart('\n').Length);
        return section;
    }

    public static string NormalizeBody(string body) =>
        body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n') + "\n";

    private static List<T> ReadList<T>(IReadOnlyDictionary<string, string> files, string relativePath, List<string> errors)
    {
        if (!files.TryGetValue(relativePath, out var text))
        {
            errors.Add($"{relativePath}:1: the file is missing");
            return [];
        }
        return Deserialize<List<T>>(text, relativePath, errors, lineOffset: 0) ?? [];
    }

    private static T? ReadOne<T>(IReadOnlyDictionary<string, string> files, string relativePath, List<string> errors) where T : class
    {
        if (!files.TryGetValue(relativePath, out var text))
        {
            errors.Add($"{relativePath}:1: the file is missing");
            return null;
        }
        var item = Deserialize<T>(text, relativePath, errors, lineOffset: 0);
        if (item is null && errors.Count == 0)
        {
            errors.Add($"{relativePath}:1: the file is empty");
        }
        return item;
    }

    private static T? Deserialize<T>(string yaml, string path, List<string> errors, int lineOffset)
    {
        try
        {
            if (Aliases(yaml) is { Count: > 0 } aliases)
            {
                errors.AddRange(aliases.Select(a => $"{path}:{a.Start.Line + lineOffset}: '*{a.Value}' is a YAML alias, which content files do not use: write the value out in full"));
                return default;
            }
            return Yaml.Deserialize<T>(yaml);
        }
        catch (YamlException e)
        {
            var reason = e.InnerException is { } inner and not YamlException ? inner.Message : e.Message;
            // YamlDotNet prefixes its messages with "(Line: 3, Col: 1, Idx: 20) - (...): "; the file:line we add says it better.
            reason = Regex.Replace(reason, @"^\(Line: \d+.*?\): ", "");
            var line = (int)e.Start.Line;
            // A tab in the indentation is reported from where the token before it started (often
            // the line above): name the tab's own line, and what is wrong with it.
            if (TabIndentedLine(yaml, line, Math.Max((int)e.End.Line, line + 1)) is { } tab)
            {
                (line, reason) = (tab, "a tab in the indentation: YAML indents with spaces only");
            }
            errors.Add($"{path}:{line + lineOffset}: {reason}");
            return default;
        }
    }

    /// <summary>The aliases (<c>*name</c>) in <paramref name="yaml"/>: refused rather than resolved,
    /// since YamlDotNet turns one inside a list of strings into the text "(Collection)".</summary>
    private static List<YamlDotNet.Core.Events.AnchorAlias> Aliases(string yaml)
    {
        var aliases = new List<YamlDotNet.Core.Events.AnchorAlias>();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is YamlDotNet.Core.Events.AnchorAlias alias)
                {
                    aliases.Add(alias);
                }
            }
        }
        catch (YamlException)
        {
            // A syntax error: the deserializer below reports it, at the line it has always named.
        }
        return aliases;
    }

    /// <summary>The first line from <paramref name="first"/> to <paramref name="last"/> (1-based)
    /// whose indentation holds a tab, or null.</summary>
    private static int? TabIndentedLine(string yaml, int first, int last)
    {
        var lines = yaml.Split('\n');
        for (var line = Math.Max(first, 1); line <= Math.Min(last, lines.Length); line++)
        {
            if (lines[line - 1].TakeWhile(char.IsWhiteSpace).Contains('\t'))
            {
                return line;
            }
        }
        return null;
    }

    private static string Relative(string root, string path) =>
        Path.GetRelativePath(root, path).Replace('\\', '/');

    [GeneratedRegex(@"\A---\n(?<yaml>.*?)\n---\n?(?<body>.*)\z", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    /// <summary>Records the line where each <see cref="SourceItem"/> starts.</summary>
    private sealed class LineRecorder(INodeDeserializer inner) : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
        {
            var line = reader.Current?.Start.Line ?? 0;
            if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
            {
                return false;
            }
            if (value is SourceItem item)
            {
                item.Line = (int)line;
            }
            return true;
        }
    }
}
