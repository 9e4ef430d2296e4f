using System.Text.RegularExpressions;
using CareerPortal.Web.Content;
using CareerPortal.Web.Seo;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Pages.Search;

// CA1862 asks for Contains(term, StringComparison), which EF Core cannot translate to SQL;
// ToLower() on both sides translates on SQLite and SQL Server alike.
#pragma warning disable CA1862

/// <summary>One thing the search found: a page to open, the text to show, and how well it matched.</summary>
public sealed record SearchHit(string Kind, string Title, string Url, string Snippet, string? Detail, string? DetailUrl, int Score, int KindOrder);

/// <summary>Search across career paths (and their job titles), skills, certifications, tools and
/// guide sections with plain LINQ, so it runs on SQLite and SQL Server alike.
/// The database narrows each kind to rows holding the longest term (lower-cased on both sides:
/// SQLite's instr() is case-sensitive); every term must then appear somewhere in the row, and
/// ranking happens here: title matches first, then job titles, then summaries, then body text.</summary>
public static partial class SiteSearch
{
    public const int MaxShown = 50;

    public static async Task<IReadOnlyList<SearchHit>> RunAsync(CareerDb db, SearchQuery query, CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return [];
        }
        var t = query.Terms.OrderByDescending(term => term.Length).First();
        var hits = new List<SearchHit>();

        var careers = await db.Careers.AsNoTracking()
            .Where(c => c.Title.ToLower().Contains(t) || c.Summary.ToLower().Contains(t) || c.Description.ToLower().Contains(t)
                || c.JobTitles.Any(j => j.Title.ToLower().Contains(t)))
            .Select(c => new
            {
                c.Slug, c.Title, c.Summary, c.Description,
                JobTitles = c.JobTitles.OrderBy(j => j.Order).Select(j => new { j.Title, j.LevelId }).ToList(),
                // The stages' names on this path, as every page of the path names them.
                Stages = c.Levels.Select(l => new { l.LevelId, l.Title }).ToList(),
            })
            .ToListAsync(cancellationToken);
        foreach (var c in careers)
        {
            var job = c.JobTitles.FirstOrDefault(j => Contains(j.Title, query.Phrase))
                ?? c.JobTitles.FirstOrDefault(j => query.Terms.All(term => Contains(j.Title, term)));
            var score = Score(query, [c.Title], job is null ? [] : [job.Title], [c.Summary], [c.Description, .. c.JobTitles.Select(j => j.Title)]);
            if (score is { } s)
            {
                hits.Add(new SearchHit("Career path", c.Title, PublicPaths.Career(c.Slug), c.Summary,
                    job is null ? null : $"Job title: {job.Title} ({c.Stages.FirstOrDefault(l => l.LevelId == job.LevelId)?.Title})", job is null ? null : PublicPaths.JobTitle(c.Slug, ContentValues.SlugFrom(job.Title)), s, 0));
            }
        }

        var skills = await db.Skills.AsNoTracking()
            .Where(s => s.Name.ToLower().Contains(t) || s.Summary.ToLower().Contains(t) || (s.WhyItMatters != null && s.WhyItMatters.ToLower().Contains(t)))
            .Select(s => new { s.Slug, s.Name, s.Summary, s.WhyItMatters, s.Kind })
            .ToListAsync(cancellationToken);
        foreach (var s in skills)
        {
            if (Score(query, [s.Name], [], [s.Summary], [s.WhyItMatters ?? ""]) is { } score)
            {
                hits.Add(new SearchHit(SkillKinds.Name(s.Kind), s.Name, PublicPaths.Skill(s.Slug), Best(query, s.Summary, s.WhyItMatters), null, null, score, 1));
            }
        }

        var certifications = await db.Certifications.AsNoTracking()
            .Where(c => c.Abbreviation.ToLower().Contains(t) || c.Name.ToLower().Contains(t) || c.Summary.ToLower().Contains(t)
                || (c.Issuer != null && c.Issuer.ToLower().Contains(t)) || (c.Covers != null && c.Covers.ToLower().Contains(t))
                || (c.Prerequisites != null && c.Prerequisites.ToLower().Contains(t)))
            .Select(c => new { c.Slug, c.Abbreviation, c.Name, c.Summary, c.Issuer, c.Covers, c.Prerequisites })
            .ToListAsync(cancellationToken);
        foreach (var c in certifications)
        {
            if (Score(query, [c.Abbreviation, c.Name], [], [c.Summary], [c.Issuer ?? "", c.Covers ?? "", c.Prerequisites ?? ""]) is { } score)
            {
                hits.Add(new SearchHit("Certification", CertificationNames.Label(c.Abbreviation, c.Name), PublicPaths.Certification(c.Slug), Best(query, c.Summary, c.Covers, c.Prerequisites, c.Issuer), null, null, score, 2));
            }
        }

        var tools = await db.Tools.AsNoTracking()
            .Where(x => x.Name.ToLower().Contains(t) || x.Category.ToLower().Contains(t) || x.Summary.ToLower().Contains(t))
            .Select(x => new { x.Slug, x.Name, x.Category, x.Summary })
            .ToListAsync(cancellationToken);
        foreach (var x in tools)
        {
            if (Score(query, [x.Name], [], [x.Summary], [x.Category]) is { } score)
            {
                hits.Add(new SearchHit("Tool", x.Name, PublicPaths.Tool(x.Slug), x.Summary, $"Category: {x.Category}", null, score, 3));
            }
        }

        var sections = await db.GuideSections.AsNoTracking()
            .Where(s => s.Status == SectionStatus.Published)
            .Where(s => s.Title.ToLower().Contains(t) || s.Description.ToLower().Contains(t) || s.Markdown.ToLower().Contains(t))
            .Select(s => new { s.Slug, s.Title, s.Description, s.Markdown, CareerSlug = s.Career.Slug, CareerTitle = s.Career.Title })
            .ToListAsync(cancellationToken);
        foreach (var s in sections)
        {
            var text = PlainText(s.Markdown);
            if (Score(query, [s.Title], [], [s.Description], [text]) is { } score)
            {
                var snippet = query.Terms.Any(term => Contains(s.Description, term)) ? s.Description : Highlighter.Snippet(text, query.Terms);
                hits.Add(new SearchHit($"{s.CareerTitle} guide", s.Title, PublicPaths.Section(s.CareerSlug, s.Slug), snippet, null, null, score, 4));
            }
        }

        return hits.OrderByDescending(h => h.Score).ThenBy(h => h.KindOrder).ThenBy(h => h.Title, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Null when some term is missing from every field; otherwise higher for better places:
    /// the phrase as or in a title, then in a job title (a job title is a title too: "Scrum Master"
    /// should find the path that has it before "Certified ScrumMaster"), then all terms in a title
    /// or a job title, then summary and body.</summary>
    private static int? Score(SearchQuery query, string[] titles, string[] jobTitles, string[] summaries, string[] bodies)
    {
        string[] all = [.. titles, .. jobTitles, .. summaries, .. bodies];
        if (!query.Terms.All(term => all.Any(field => Contains(field, term))))
        {
            return null;
        }
        var phrase = query.Phrase;
        var score =
            titles.Any(f => f.Equals(phrase, StringComparison.OrdinalIgnoreCase)) ? 1000 :
            titles.Any(f => f.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)) ? 900 :
            titles.Any(f => Contains(f, phrase)) ? 800 :
            jobTitles.Any(f => f.Equals(phrase, StringComparison.OrdinalIgnoreCase)) ? 750 :
            jobTitles.Any(f => Contains(f, phrase)) ? 700 :
            titles.Any(f => query.Terms.All(term => Contains(f, term))) ? 600 :
            jobTitles.Any(f => query.Terms.All(term => Contains(f, term))) ? 400 : 0;
        score += summaries.Any(f => Contains(f, phrase)) ? 100 : 20 * query.Terms.Count(term => summaries.Any(f => Contains(f, term)));
        score += bodies.Any(f => Contains(f, phrase)) ? 40 : 5 * query.Terms.Count(term => bodies.Any(f => Contains(f, term)));
        // Titles matched term by term still rank by how many terms they hold.
        score += 10 * query.Terms.Count(term => titles.Any(f => Contains(f, term)));
        return score;
    }

    /// <summary>The first of the texts that mentions a term, cut around it; else the first text.</summary>
    private static string Best(SearchQuery query, params string?[] texts)
    {
        var present = texts.Where(x => !string.IsNullOrEmpty(x)).Select(x => x!).ToList();
        var match = present.FirstOrDefault(x => query.Terms.Any(term => Contains(x, term))) ?? present.FirstOrDefault() ?? "";
        return Highlighter.Snippet(match, query.Terms);
    }

    private static bool Contains(string field, string term) => field.Contains(term, StringComparison.OrdinalIgnoreCase);

    /// <summary>Markdown as readable text for a snippet: link targets, headings and emphasis marks dropped.</summary>
    internal static string PlainText(string markdown)
    {
        var text = LinkPattern().Replace(markdown, "$1");
        text = MarkupPattern().Replace(text, " ");
        return SpacePattern().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"(^|\n)\s*(#{1,6}|>|[-*+]|\d+\.)\s|[*_`|]+")]
    private static partial Regex MarkupPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();
}
