using System.Text.RegularExpressions;
using CareerPortal.Tests.Infrastructure;

namespace CareerPortal.Tests.Content;

/// <summary>The guide uses the seed's facts in our own words: no run of eight words from the
/// source text may appear in content/. Bare names and titles are shorter than that.</summary>
public sealed partial class SourceWordingTests
{
    private const int RunLength = 8;

    [SkippableFact]
    public void No_eight_word_run_of_the_source_appears_in_the_content()
    {
        var seed = Path.Combine(Path.GetDirectoryName(Paths.RepositoryRoot)!, "shared", "seed", "it-project-manager-career-guide.txt");
        Skip.IfNot(File.Exists(seed), $"the source text is not beside the repository ({seed})");

        var sourceRuns = Runs(File.ReadAllText(seed)).ToHashSet();
        var hits = new List<string>();
        foreach (var file in Directory.GetFiles(Paths.RealContent, "*.*", SearchOption.AllDirectories).Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)))
        {
            hits.AddRange(Runs(File.ReadAllText(file)).Where(sourceRuns.Contains).Select(run => $"{Path.GetRelativePath(Paths.RealContent, file)}: {run}"));
        }

        Assert.True(hits.Count == 0, "Copied from the source:\n" + string.Join("\n", hits.Distinct()));
    }

    private static IEnumerable<string> Runs(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant().Replace('’', '\'')).Select(m => m.Value).ToArray();
        for (var i = 0; i + RunLength <= words.Length; i++)
        {
            yield return string.Join(' ', words[i..(i + RunLength)]);
        }
    }

    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex Word();
}
