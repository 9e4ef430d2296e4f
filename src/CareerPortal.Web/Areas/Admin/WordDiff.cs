using DiffPlex;
using DiffPlex.Chunkers;

namespace CareerPortal.Web.Areas.Admin;

/// <summary>Two texts compared word by word (DiffPlex), each cut into runs that are the same in
/// both or changed, for highlighting side by side.</summary>
public static class WordDiff
{
    public sealed record Run(string Text, bool Changed);

    public static (IReadOnlyList<Run> Left, IReadOnlyList<Run> Right) Compare(string left, string right)
    {
        var diff = Differ.Instance.CreateDiffs(left, right, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var leftChanged = new bool[diff.PiecesOld.Count];
        var rightChanged = new bool[diff.PiecesNew.Count];
        foreach (var block in diff.DiffBlocks)
        {
            Array.Fill(leftChanged, true, block.DeleteStartA, block.DeleteCountA);
            Array.Fill(rightChanged, true, block.InsertStartB, block.InsertCountB);
        }
        return (Runs(diff.PiecesOld, leftChanged), Runs(diff.PiecesNew, rightChanged));
    }

    private static List<Run> Runs(IReadOnlyList<string> pieces, bool[] changed)
    {
        var runs = new List<Run>();
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < pieces.Count; i++)
        {
            if (i > 0 && changed[i] != changed[i - 1])
            {
                runs.Add(new Run(text.ToString(), changed[i - 1]));
                text.Clear();
            }
            text.Append(pieces[i]);
        }
        if (pieces.Count > 0)
        {
            runs.Add(new Run(text.ToString(), changed[^1]));
        }
        return runs;
    }
}
