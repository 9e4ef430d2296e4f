using System.Text.RegularExpressions;
using CareerPortal.Tests.Infrastructure;

namespace CareerPortal.Tests.Hosting;

/// <summary>Hosting/ is composition only: Program.cs calls its Add*/Use* methods, and nothing else
/// in the app refers to it, so dependencies run one way (features never depend on how they are wired).</summary>
public sealed partial class DependencyDirectionTests
{
    private static string App => Path.Combine(Paths.RepositoryRoot, "src", "CareerPortal.Web");

    [Fact]
    public void No_file_outside_Hosting_and_Program_refers_to_the_Hosting_namespace()
    {
        var offenders = SourceFiles()
            .Where(file => !IsComposition(file) && HostingReference().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(App, file))
            .ToList();

        Assert.True(offenders.Count == 0, "These files use Hosting/ (move what they use to its feature):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Only_files_in_Hosting_declare_the_Hosting_namespace()
    {
        var misplaced = SourceFiles()
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) && !InHosting(file)
                && HostingDeclaration().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(App, file))
            .ToList();

        Assert.Empty(misplaced);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(App, "Hosting"), "*.cs"));
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(App, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(file => !Path.GetRelativePath(App, file).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    private static bool InHosting(string file) => Path.GetRelativePath(App, file).StartsWith("Hosting" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool IsComposition(string file) => InHosting(file) || Path.GetRelativePath(App, file) == "Program.cs";

    [GeneratedRegex(@"\bCareerPortal\.Web\.Hosting\b")]
    private static partial Regex HostingReference();

    [GeneratedRegex(@"^\s*namespace\s+CareerPortal\.Web\.Hosting\b", RegexOptions.Multiline)]
    private static partial Regex HostingDeclaration();
}
