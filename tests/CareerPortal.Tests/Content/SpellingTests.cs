using System.Text.RegularExpressions;
using CareerPortal.Tests.Infrastructure;

namespace CareerPortal.Tests.Content;

/// <summary>One spelling convention across the content: US English, as most of the text is.</summary>
public sealed partial class SpellingTests
{
    /// <summary>UK forms and the US form to write instead (word starts; "analys" also catches "analysing").</summary>
    private static readonly (string Uk, string Us)[] Forms =
    [
        ("organis", "organiz"), ("centre", "center"), ("centred", "centered"), ("colour", "color"), ("behaviour", "behavior"),
        ("favour", "favor"), ("programme", "program"), ("analyse", "analyze"), ("analysing", "analyzing"), ("prioritis", "prioritiz"),
        ("recognis", "recogniz"), ("specialise", "specialize"), ("specialising", "specializing"), ("specialisation", "specialization"), ("licence", "license"), ("travell", "travel"), ("modelling", "modeling"),
        ("labour", "labor"), ("defence", "defense"), ("catalogue", "catalog"), ("whilst", "while"), ("realise", "realize"), ("realising", "realizing"),
        ("optimis", "optimiz"), ("minimis", "minimiz"), ("maximis", "maximiz"), ("utilis", "utiliz"), ("honour", "honor"),
        ("judgement", "judgment"), ("enrolment", "enrollment"), ("fulfil ", "fulfill "), ("emphasise", "emphasize"), ("standardis", "standardiz"),
    ];

    [Fact]
    public void The_content_uses_us_spelling()
    {
        var files = Directory.GetFiles(Paths.RealContent, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 10);
        var found = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var (uk, us) in Forms)
                {
                    if (Regex.IsMatch(lines[i], $@"\b{Regex.Escape(uk)}", RegexOptions.IgnoreCase))
                    {
                        found.Add($"{Path.GetRelativePath(Paths.RealContent, file)}:{i + 1}: '{uk.Trim()}' is UK spelling; write '{us.Trim()}'");
                    }
                }
            }
        }
        Assert.Empty(found);
    }
}
