using CareerPortal.Web.Data;

namespace CareerPortal.Web.Pages.Careers;

/// <summary>The career ladder as two server-drawn SVG pictures: a rising staircase for wide
/// screens and a column of steps for phones. The geometry lives here so Razor only draws it.
/// SVG has no text wrapping, so lines are broken by an estimate of the system font's width.</summary>
public sealed class Ladder
{
    public const int MaxTitlesPerStep = 3;

    public sealed record Rung(string Slug, string Title, string Years, IReadOnlyList<string> JobTitles, int MoreTitles);

    /// <param name="Bullet">The first line of a job title, drawn after a dot (a shape, so screen readers do not read it).</param>
    public sealed record Line(string Text, double Y, string Kind, double Indent, bool Bullet);

    public sealed record Box(Rung Rung, int Number, double X, double Y, double Width, double Height, IReadOnlyList<Line> Lines)
    {
        public double TextX(Line line) => X + Padding + line.Indent;
        public double BulletX => X + Padding + 4;
    }

    public sealed record Picture(double Width, double Height, IReadOnlyList<Box> Boxes);

    private const double Padding = 14;
    private const double TitleSize = 18, TextSize = 15;
    private const double TitleLine = 23, TextLine = 20;

    public Ladder(string careerTitle, string careerSlug, IReadOnlyList<Rung> steps)
    {
        CareerTitle = careerTitle;
        CareerSlug = careerSlug;
        Steps = steps;
        Wide = DrawWide(steps);
        Narrow = DrawNarrow(steps);
    }

    public string CareerTitle { get; }
    public string CareerSlug { get; }
    public IReadOnlyList<Rung> Steps { get; }
    public Picture Wide { get; }
    public Picture Narrow { get; }

    /// <summary>The steps of a career path: its levels in order, each with its first few job titles
    /// (or its typical roles, for a level that has no job titles of its own).</summary>
    public static Ladder For(Career career, IEnumerable<CareerLevel> levels, IEnumerable<JobTitle> titles)
    {
        var byLevel = titles.OrderBy(t => t.Order).ToLookup(t => t.LevelId, t => t.Title);
        var steps = levels.OrderBy(l => l.Level.Order).Select(l =>
        {
            var names = byLevel[l.LevelId].ToList();
            if (names.Count == 0)
            {
                names = l.TypicalRoles;
            }
            return new Rung(l.Level.Slug, l.Title, Years.Describe(l), names.Take(MaxTitlesPerStep).ToList(), Math.Max(0, names.Count - MaxTitlesPerStep));
        }).ToList();
        return new Ladder(career.Title, career.Slug, steps);
    }

    /// <summary>Steps side by side, each higher than the one before, every block reaching the floor.</summary>
    private static Picture DrawWide(IReadOnlyList<Rung> steps)
    {
        const double width = 1000, gap = 6, rise = 34, top = 4;
        if (steps.Count == 0)
        {
            return new Picture(width, 0, []);
        }
        var column = width / steps.Count;
        var textWidth = column - gap - 2 * Padding;
        var texts = steps.Select(s => Lines(s, textWidth)).ToList();
        var tallest = texts.Max(t => t.Height) + 2 * Padding;
        var floor = top + tallest + (steps.Count - 1) * rise;
        var boxes = steps.Select((step, i) =>
        {
            var y = top + (steps.Count - 1 - i) * rise;
            return new Box(step, i + 1, i * column + gap / 2, y, column - gap, floor - y, Place(texts[i].Lines, y + Padding));
        }).ToList();
        return new Picture(width, floor + 2, boxes);
    }

    /// <summary>Steps one under another, each set a little further right, for narrow screens.</summary>
    private static Picture DrawNarrow(IReadOnlyList<Rung> steps)
    {
        const double width = 360, indent = 14, gap = 12;
        var boxWidth = width - 2 - Math.Max(0, steps.Count - 1) * indent;
        var y = 1.0;
        var boxes = new List<Box>();
        for (var i = 0; i < steps.Count; i++)
        {
            var (lines, height) = Lines(steps[i], boxWidth - 2 * Padding);
            var boxHeight = height + 2 * Padding;
            boxes.Add(new Box(steps[i], i + 1, 1 + i * indent, y, boxWidth, boxHeight, Place(lines, y + Padding)));
            y += boxHeight + gap;
        }
        return new Picture(width, Math.Max(0, y - gap + 1), boxes);
    }

    private const double JobIndent = 12;

    private static (List<(string Text, string Kind, double Indent)> Lines, double Height) Lines(Rung step, double textWidth)
    {
        var lines = new List<(string, string, double)>();
        lines.AddRange(Wrap(step.Title, textWidth, TitleSize * 0.6).Select(l => (l, "step-title", 0.0)));
        lines.AddRange(Wrap(step.Years, textWidth, TextSize * 0.6).Select(l => (l, "step-years", 0.0)));
        foreach (var title in step.JobTitles)
        {
            lines.AddRange(Wrap(title, textWidth - JobIndent, TextSize * 0.55)
                .Select((l, i) => (l, i == 0 ? "step-job first" : "step-job", JobIndent)));
        }
        if (step.MoreTitles > 0)
        {
            lines.Add(($"and {step.MoreTitles} more", "step-more", JobIndent));
        }
        var height = lines.Sum(l => l.Item2 == "step-title" ? TitleLine : TextLine) + YearsGap;
        return (lines, height);
    }

    private const double YearsGap = 6;

    /// <summary>Baselines for each line below <paramref name="top"/>; a small gap follows the years.</summary>
    private static List<Line> Place(List<(string Text, string Kind, double Indent)> lines, double top)
    {
        var placed = new List<Line>();
        var y = top;
        for (var i = 0; i < lines.Count; i++)
        {
            var (text, kind, indent) = lines[i];
            var (height, size) = kind == "step-title" ? (TitleLine, TitleSize) : (TextLine, TextSize);
            placed.Add(new Line(text, y + size * 0.85 + (height - size) / 2, kind.Replace(" first", "", StringComparison.Ordinal), indent, kind.EndsWith(" first", StringComparison.Ordinal)));
            y += height;
            if (kind == "step-years" && (i + 1 == lines.Count || lines[i + 1].Kind != "step-years"))
            {
                y += YearsGap;
            }
        }
        return placed;
    }

    /// <summary>Greedy word wrap by an estimated average glyph width; a word longer than a line is kept whole.</summary>
    internal static List<string> Wrap(string text, double width, double glyph)
    {
        var perLine = Math.Max(8, (int)(width / glyph));
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length == 0)
            {
                current = word;
            }
            else if (current.Length + 1 + word.Length <= perLine)
            {
                current += " " + word;
            }
            else
            {
                lines.Add(current);
                current = word;
            }
        }
        if (current.Length > 0)
        {
            lines.Add(current);
        }
        return lines;
    }
}
