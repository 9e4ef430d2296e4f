namespace CareerPortal.Web.Content;

/// <summary>Everything read from a content folder, before it touches the database.</summary>
public sealed class ContentSet
{
    public List<LevelFile> Levels { get; } = [];
    public List<SkillFile> Skills { get; } = [];
    public List<CertificationFile> Certifications { get; } = [];
    public List<ToolFile> Tools { get; } = [];
    public List<SourceFile> Sources { get; } = [];
    public List<CareerSource> Careers { get; } = [];
}

public sealed class CareerSource(string path, CareerFile career)
{
    public string Path { get; } = path;
    public CareerFile Career { get; } = career;
    public List<(string Path, SectionFile Section)> Sections { get; } = [];
}

/// <summary>Content that cannot be imported; every message names the file and line.</summary>
public sealed class ContentException(IReadOnlyList<string> errors)
    : Exception("The content has errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
