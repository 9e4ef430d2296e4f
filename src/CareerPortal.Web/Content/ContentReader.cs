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

    public static ContentSet Read(string root)
    {
        var errors = new List<string>();
        var set = new ContentSet();
        if (!Directory.Exists(root))
        {
            throw new ContentException([$"{root}: the content folder does not exist"]);
        }

        set.Levels.AddRange(ReadList<LevelFile>(root, "catalog/levels.yml", errors));
        set.Skills.AddRange(ReadList<SkillFile>(root, "catalog/skills.yml", errors));
        set.Certifications.AddRange(ReadList<CertificationFile>(root, "catalog/certifications.yml", errors));
        set.Tools.AddRange(ReadList<ToolFile>(root, "catalog/tools.yml", errors));
        // Added after the first release: a content folder without it has no outside sources.
        if (File.Exists(Path.Combine(root, SourcesPath)))
        {
            set.Sources.AddRange(ReadList<SourceFile>(root, SourcesPath, errors));
        }

        var careersDir = Path.Combine(root, "careers");
        if (Directory.Exists(careersDir))
        {
            foreach (var dir in Directory.GetDirectories(careersDir).Order(StringComparer.Ordinal))
            {
                var careerPath = Relative(root, Path.Combine(dir, "career.yml"));
                var career = ReadOne<CareerFile>(root, careerPath, errors);
                if (career is null)
                {
                    continue;
                }
                if (career.Slug != Path.GetFileName(dir))
                {
                    errors.Add($"{careerPath}:{career.Line}: slug '{career.Slug}' must match its folder name '{Path.GetFileName(dir)}'");
                }
                var source = new CareerSource(careerPath, career);
                var sectionsDir = Path.Combine(dir, "sections");
                if (Directory.Exists(sectionsDir))
                {
                    foreach (var file in Directory.GetFiles(sectionsDir, "*.md").Order(StringComparer.Ordinal))
                    {
                        var sectionPath = Relative(root, file);
                        var section = ReadSection(File.ReadAllText(file), sectionPath, errors);
                        if (section is not null)
                        {
                            source.Sections.Add((sectionPath, section));
                        }
                    }
                }
                set.Careers.Add(source);
            }
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

    private static List<T> ReadList<T>(string root, string relativePath, List<string> errors)
    {
        var full = Path.Combine(root, relativePath);
        if (!File.Exists(full))
        {
            errors.Add($"{relativePath}:1: the file is missing");
            return [];
        }
        var items = Deserialize<List<T>>(File.ReadAllText(full), relativePath, errors, lineOffset: 0) ?? [];
        return items;
    }

    private static T? ReadOne<T>(string root, string relativePath, List<string> errors) where T : class
    {
        var full = Path.Combine(root, relativePath);
        if (!File.Exists(full))
        {
            errors.Add($"{relativePath}:1: the file is missing");
            return null;
        }
        var item = Deserialize<T>(File.ReadAllText(full), relativePath, errors, lineOffset: 0);
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
            return Yaml.Deserialize<T>(yaml);
        }
        catch (YamlException e)
        {
            var reason = e.InnerException is { } inner and not YamlException ? inner.Message : e.Message;
            // YamlDotNet prefixes its messages with "(Line: 3, Col: 1, Idx: 20) - (...): "; the file:line we add says it better.
            reason = Regex.Replace(reason, @"^\(Line: \d+.*?\): ", "");
            errors.Add($"{path}:{e.Start.Line + lineOffset}: {reason}");
            return default;
        }
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
