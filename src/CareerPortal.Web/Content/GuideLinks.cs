using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Content;

/// <summary>The pages a guide may link to: their paths, and for pages whose parts are known (a
/// career page, the tools page) the ids a link's #fragment may name. Built from the content
/// files at import and from the database at an admin save, so both check links the same way.</summary>
public sealed class LinkTargets
{
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal)
    {
        PublicPaths.Home, PublicPaths.Careers, PublicPaths.Skills, PublicPaths.Certifications,
        PublicPaths.Tools, PublicPaths.Search, PublicPaths.Developers,
    };
    private readonly Dictionary<string, HashSet<string>> _anchors = new(StringComparer.Ordinal);

    public LinkTargets(IEnumerable<string> skills, IEnumerable<string> certifications, IEnumerable<string> tools)
    {
        _paths.UnionWith(skills.Select(PublicPaths.Skill));
        _paths.UnionWith(certifications.Select(PublicPaths.Certification));
        _anchors[PublicPaths.Tools] = tools.ToHashSet(StringComparer.Ordinal);
    }

    /// <param name="titles">The job titles' names (their slugs are made from them).</param>
    /// <param name="sections">The published sections' slugs: a draft is not a page yet.</param>
    public void AddCareer(string career, IEnumerable<string> levels, IEnumerable<string> titles, IEnumerable<string> sections)
    {
        _paths.Add(PublicPaths.Career(career));
        _paths.Add(PublicPaths.SkillsMatrix(career));
        _paths.Add(PublicPaths.Compare(career));
        _paths.UnionWith(levels.Select(level => PublicPaths.Level(career, level)));
        _paths.UnionWith(titles.Select(title => PublicPaths.JobTitle(career, ContentValues.SlugFrom(title))));
        _paths.UnionWith(sections.Select(section => PublicPaths.Section(career, section)));
        _anchors[PublicPaths.Career(career)] = PublicPaths.CareerParts.ToHashSet(StringComparer.Ordinal);
    }

    public static LinkTargets FromContent(ContentSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var targets = new LinkTargets(set.Skills.Select(s => s.Slug), set.Certifications.Select(c => c.Slug), set.Tools.Select(t => t.Slug));
        foreach (var source in set.Careers)
        {
            var career = source.Career;
            targets.AddCareer(career.Slug, (career.Levels ?? []).Select(l => l.Level), (career.Titles ?? []).Select(t => t.Title),
                source.Sections.Where(s => s.Section.Status == "published").Select(s => s.Section.Slug));
        }
        return targets;
    }

    public static async Task<LinkTargets> FromDatabaseAsync(CareerDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var targets = new LinkTargets(
            await db.Skills.AsNoTracking().Select(s => s.Slug).ToListAsync(cancellationToken),
            await db.Certifications.AsNoTracking().Select(c => c.Slug).ToListAsync(cancellationToken),
            await db.Tools.AsNoTracking().Select(t => t.Slug).ToListAsync(cancellationToken));
        var careers = await db.Careers.AsNoTracking().Select(c => new
        {
            c.Slug,
            Levels = c.Levels.Select(l => l.Level.Slug).ToList(),
            Titles = c.JobTitles.Select(t => t.Title).ToList(),
            Sections = c.Sections.Where(s => s.Status == SectionStatus.Published).Select(s => s.Slug).ToList(),
        }).ToListAsync(cancellationToken);
        foreach (var career in careers)
        {
            targets.AddCareer(career.Slug, career.Levels, career.Titles, career.Sections);
        }
        return targets;
    }

    /// <summary>Why a site path with an optional fragment is no page (or no part of one), or null.</summary>
    public string? Problem(string path, string fragment)
    {
        if (!_paths.Contains(path))
        {
            return $"{path} is not a page of this site";
        }
        return fragment.Length > 0 && _anchors.TryGetValue(path, out var ids) && !ids.Contains(fragment)
            ? $"{path} has no part #{fragment}"
            : null;
    }
}

/// <summary>Links inside guide Markdown that point into the site: written from the site's root
/// (<c>/careers/it-project-manager#ladder</c>) or relative to the section's own page
/// (<c>../levels/mid</c>, <c>interview-preparation</c>). Checked before they are saved, and stored
/// from the root, so they work wherever the HTML is shown (the page, the admin preview, the API).</summary>
public static partial class GuideLinks
{
    private static readonly Uri Site = new("https://site.invalid");

    /// <summary>Every site link that goes nowhere, with its 1-based line in the Markdown.</summary>
    public static IReadOnlyList<(int Line, string Message)> Broken(string markdown, string pagePath, LinkTargets targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (MarkdownRenderer.Problem(markdown) is not null)
        {
            return [];
        }
        var broken = new List<(int, string)>();
        foreach (var link in SiteLinks(MarkdownRenderer.Parse(markdown)))
        {
            var (path, fragment) = Resolve(link.Url!, pagePath);
            if (targets.Problem(path, fragment) is { } problem)
            {
                broken.Add((link.Line + 1, $"the link '{link.Url}' goes nowhere: {problem}"));
            }
        }
        return broken;
    }

    /// <summary>Rewrites relative site links as links from the root of the site.</summary>
    internal static void Anchor(MarkdownDocument document, string pagePath)
    {
        foreach (var link in SiteLinks(document).Where(l => !l.Url!.StartsWith('/')))
        {
            var (path, fragment) = Resolve(link.Url!, pagePath);
            link.Url = fragment.Length > 0 ? $"{path}#{fragment}" : path;
        }
    }

    /// <summary>Links that stay on the site: no scheme, not protocol-relative, not only a #fragment.</summary>
    private static IEnumerable<LinkInline> SiteLinks(MarkdownDocument document) =>
        document.Descendants<LinkInline>().Where(l => l.Url is { Length: > 0 } url && !url.StartsWith('#') && !url.StartsWith("//", StringComparison.Ordinal)
            && !Scheme().IsMatch(url));

    // Not Uri.TryCreate: on Linux it takes "/careers/x" for an absolute file path.
    [System.Text.RegularExpressions.GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial System.Text.RegularExpressions.Regex Scheme();

    /// <summary>The site path (lower-case, no trailing slash) and fragment a link leads to from <paramref name="pagePath"/>.</summary>
    private static (string Path, string Fragment) Resolve(string url, string pagePath)
    {
        var target = new Uri(new Uri(Site, pagePath), url);
        var path = target.AbsolutePath.ToLowerInvariant();
        path = path.Length > 1 ? path.TrimEnd('/') : path;
        return (path, target.Fragment.TrimStart('#'));
    }
}
