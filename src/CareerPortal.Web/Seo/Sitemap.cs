using System.Globalization;
using System.Text;
using System.Xml;
using CareerPortal.Web.Data;

namespace CareerPortal.Web.Seo;

/// <summary>One page for search engines: its path and when what it shows last changed (UTC;
/// null when it shows no rows yet).</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModified);

/// <summary>/sitemap.xml (sitemaps.org protocol 0.9): every page search engines should index.
/// Left out: short profiles (Career.IsThin) and everything under them, drafts (never public),
/// search results, the admin area and error pages.</summary>
public static class Sitemap
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task<IReadOnlyList<SitemapEntry>> EntriesAsync(CareerDb db, CancellationToken cancellationToken)
    {
        var rows = await SitemapRows.LoadAsync(db, cancellationToken);
        var allCareers = Latest(rows.Careers.Select(c => c.UpdatedAt), rows.Stages.Select(s => s.UpdatedAt), rows.Titles.Select(t => t.UpdatedAt));
        var entries = new List<SitemapEntry>
        {
            // Home and /careers list every career with its count of levels and titles.
            new(PublicPaths.Home, allCareers),
            new(PublicPaths.Careers, allCareers),
        };
        foreach (var career in rows.Careers.Where(c => !c.IsThin))
        {
            var stages = rows.Stages.Where(s => s.CareerId == career.Id).ToList();
            var sections = rows.Sections.Where(s => s.CareerId == career.Id).ToList();
            entries.Add(new(PublicPaths.Career(career.Slug), Latest(
                [career.UpdatedAt],
                stages.SelectMany(rows.StageDates),
                rows.Titles.Where(t => t.CareerId == career.Id).Select(t => t.UpdatedAt),
                rows.CareerParts.Where(p => p.CareerId == career.Id).Select(p => p.UpdatedAt),
                rows.Tools.Where(t => t.CareerId == career.Id).Select(t => t.UpdatedAt),
                sections.Select(s => s.UpdatedAt))));
            foreach (var stage in stages)
            {
                entries.Add(new(PublicPaths.Level(career.Slug, rows.Levels[stage.LevelId].Slug), Latest(
                    [career.UpdatedAt],
                    rows.StageDates(stage),
                    // The ladder's neighbours are named on the page.
                    stages.Select(s => s.UpdatedAt),
                    rows.Titles.Where(t => t.CareerId == career.Id && t.LevelId == stage.LevelId).Select(t => t.UpdatedAt))));
            }
            if (stages.Count > 0)
            {
                entries.Add(new(PublicPaths.SkillsMatrix(career.Slug), Latest([career.UpdatedAt], stages.SelectMany(rows.StageDates))));
            }
            // Of all the comparisons, the step up to the next level is the one people look for;
            // the page marks every other pair noindex.
            var ladder = stages.OrderBy(s => rows.Levels[s.LevelId].Order).ToList();
            foreach (var (lower, upper) in ladder.Zip(ladder.Skip(1)))
            {
                entries.Add(new(PublicPaths.Compare(career.Slug, rows.Levels[lower.LevelId].Slug, rows.Levels[upper.LevelId].Slug), Latest(
                    [career.UpdatedAt],
                    rows.StageDates(lower),
                    rows.StageDates(upper),
                    rows.Titles.Where(t => t.CareerId == career.Id && (t.LevelId == lower.LevelId || t.LevelId == upper.LevelId)).Select(t => t.UpdatedAt))));
            }
            var careerTitles = rows.Titles.Where(t => t.CareerId == career.Id).ToList();
            foreach (var title in careerTitles)
            {
                // A title's page shows its stage, the next stage up, the career's other titles and related careers.
                var stage = ladder.FindIndex(s => s.LevelId == title.LevelId);
                entries.Add(new(PublicPaths.JobTitle(career.Slug, Content.ContentValues.SlugFrom(title.Title)), Latest(
                    [career.UpdatedAt],
                    ladder.Skip(Math.Max(stage, 0)).Take(2).SelectMany(rows.StageDates),
                    careerTitles.Select(t => t.UpdatedAt),
                    rows.CareerParts.Where(p => p.CareerId == career.Id).Select(p => p.UpdatedAt))));
            }
            foreach (var section in sections)
            {
                // The page lists the guide's other sections by title.
                entries.Add(new(PublicPaths.Section(career.Slug, section.Slug), Latest([career.UpdatedAt], sections.Select(s => s.UpdatedAt))));
            }
        }
        entries.Add(new(PublicPaths.Skills, Latest(rows.Skills.Select(s => s.UpdatedAt))));
        foreach (var skill in rows.Skills)
        {
            var users = rows.Stages.Where(s => rows.StageSkills.Contains((s.Id, skill.Id))).ToList();
            entries.Add(new(PublicPaths.Skill(skill.Slug), Latest([skill.UpdatedAt], users.Select(s => s.UpdatedAt), rows.CareerDates(users))));
        }
        entries.Add(new(PublicPaths.Certifications, Latest(rows.Certifications.Select(c => c.UpdatedAt), rows.Levels.Values.Select(l => l.UpdatedAt))));
        foreach (var certification in rows.Certifications)
        {
            var users = rows.Stages.Where(s => rows.StageCertifications.Contains((s.Id, certification.Id))).ToList();
            entries.Add(new(PublicPaths.Certification(certification.Slug), Latest(
                [certification.UpdatedAt],
                certification.LevelId is { } level ? [rows.Levels[level].UpdatedAt] : [],
                users.Select(s => s.UpdatedAt),
                rows.CareerDates(users))));
        }
        entries.Add(new(PublicPaths.Tools, Latest(rows.Tools.Select(t => t.UpdatedAt), rows.Careers.Where(c => rows.Tools.Any(t => t.CareerId == c.Id)).Select(c => c.UpdatedAt))));
        // The API page shows no rows: it changes when the site's code does.
        entries.Add(new(PublicPaths.Developers, File.GetLastWriteTimeUtc(typeof(Sitemap).Assembly.Location)));
        return entries;
    }

    /// <summary>The urlset document, UTF-8, with lastmod in W3C Datetime (UTC, to the second).</summary>
    public static byte[] Write(IEnumerable<SitemapEntry> entries, SiteOptions site)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var entry in entries)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, site.Absolute(entry.Path));
                if (entry.LastModified is { } lastModified)
                {
                    xml.WriteElementString("lastmod", Namespace, lastModified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return stream.ToArray();
    }

    private static DateTime? Latest(params IEnumerable<DateTime>[] dates)
    {
        var all = dates.SelectMany(d => d).ToList();
        return all.Count == 0 ? null : all.Max();
    }
}
