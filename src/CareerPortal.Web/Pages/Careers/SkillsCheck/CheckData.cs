using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CareerPortal.Web.Content;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CareerPortal.Web.Pages.Careers.SkillsCheck;

/// <summary>Everything the skills check of one career shows, read once and kept in memory: a
/// reader's answers are matched against it, so no answer ever causes a query.</summary>
/// <param name="Version">A short fingerprint of which skills matter at which level: answers carry
/// it, so a plan can say what changed in the guide since they were given.</param>
public sealed record CheckCareer(
    string Slug, string Title, string? ToolsAdvice, string Version,
    IReadOnlyList<CheckLevel> Levels, IReadOnlyList<CheckTitle> Titles,
    IReadOnlyDictionary<string, CheckSkill> Skills, IReadOnlyList<CheckTool> Tools,
    IReadOnlyList<Certification> Certifications, IReadOnlyList<GuideLink> Interview)
{
    public CheckLevel? Level(string? slug) => Levels.FirstOrDefault(l => l.Slug == slug);

    public CheckLevel? Next(CheckLevel level) => Levels.FirstOrDefault(l => l.Order > level.Order);
}

public sealed record CheckLevel(
    string Slug, string Title, int Order, int? MinYears, int? MaxYears, string Focus,
    IReadOnlyList<string> Responsibilities, string? Goals, IReadOnlyList<LevelSkill> Skills, IReadOnlyList<string> Certifications)
{
    public string Years => Pages.Years.Describe(MinYears, MaxYears);
}

public sealed record LevelSkill(string Skill, Importance Importance);

public sealed record CheckTitle(string Slug, string Title, string Level, string Summary);

public sealed record CheckSkill(string Slug, string Name, SkillKind Kind, string Summary, IReadOnlyList<string> HowToBuild, IReadOnlyList<string> HowToShow);

public sealed record CheckTool(string Slug, string Name, string Category);

public sealed record GuideLink(string Slug, string Title);

public static class CheckData
{
    /// <summary>The career's data from memory while nothing has been published since it was read
    /// (the change log's cursor is the one query a request makes), else read again.</summary>
    public static async Task<CheckCareer?> LoadAsync(CareerDb db, IMemoryCache cache, string slug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        var cursor = await db.ChangeLog.OrderByDescending(c => c.Id).Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        var key = "skills-check:" + slug;
        if (cache.TryGetValue(key, out (long Cursor, CheckCareer Career) cached) && cached.Cursor == cursor)
        {
            return cached.Career;
        }
        var career = await ReadAsync(db, slug, cancellationToken);
        if (career is not null)
        {
            cache.Set(key, (cursor, career), TimeSpan.FromMinutes(30));
        }
        return career;
    }

    private static async Task<CheckCareer?> ReadAsync(CareerDb db, string slug, CancellationToken cancellationToken)
    {
        var career = await db.Careers.AsNoTracking().WithGraph().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (career is null)
        {
            return null;
        }
        var certifications = await db.Certifications.AsNoTracking().Include(c => c.Level).OrderBy(c => c.Abbreviation).ToListAsync(cancellationToken);
        var interview = await db.GuideSections.AsNoTracking()
            .Where(s => s.CareerId == career.Id && s.Status == SectionStatus.Published && s.Slug.Contains("interview"))
            .OrderBy(s => s.Order).Select(s => new GuideLink(s.Slug, s.Title)).ToListAsync(cancellationToken);

        var levels = career.Levels.OrderBy(l => l.Level.Order).Select(l => new CheckLevel(
            l.Level.Slug, l.Title, l.Level.Order, l.MinYears, l.MaxYears, l.Focus, l.Responsibilities, l.Goals,
            l.Skills.OrderByDescending(s => s.Importance).ThenBy(s => s.Order).Select(s => new LevelSkill(s.Skill.Slug, s.Importance)).ToList(),
            l.Certifications.OrderBy(c => c.Order).Select(c => c.Certification.Slug).ToList())).ToList();
        var skills = career.Levels.SelectMany(l => l.Skills).Select(s => s.Skill).DistinctBy(s => s.Id)
            .ToDictionary(s => s.Slug, s => new CheckSkill(s.Slug, s.Name, s.Kind, s.Summary, s.HowToBuild, s.HowToShow));
        var titles = career.JobTitles.OrderBy(t => t.Level.Order).ThenBy(t => t.Order)
            .Select(t => new CheckTitle(TitleSlug(t.Title), t.Title, t.Level.Slug, t.Summary)).ToList();
        var tools = career.Tools.OrderBy(t => t.Order).Select(t => new CheckTool(t.Tool.Slug, t.Tool.Name, t.Tool.Category)).ToList();
        return new CheckCareer(career.Slug, career.Title, career.ToolsAdvice, VersionOf(levels), levels, titles, skills, tools, certifications, interview);
    }

    /// <summary>A job title as it appears in a skills check address (<c>?at=scrum-master</c>):
    /// the same slug as its own page's address.</summary>
    public static string TitleSlug(string title) => ContentValues.SlugFrom(title);

    private static string VersionOf(IEnumerable<CheckLevel> levels)
    {
        var text = string.Join(";", levels.Select(l => l.Slug + ":" + string.Join(",", l.Skills.Select(s => s.Skill + "=" + ((int)s.Importance).ToString(CultureInfo.InvariantCulture)))));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];
    }
}
