using System.Globalization;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Content;

/// <summary>Export: the database as the files of content/ (see content/README.md), in one canonical
/// form. Catalog items come out in the order they were added, which is their file order after an
/// import, so exporting a fresh import gives back the same files.</summary>
public static class ContentWriter
{
    public static async Task<ContentBundle> ExportAsync(CareerDb db, CancellationToken cancellationToken = default)
    {
        var files = new Dictionary<string, string>
        {
            ["catalog/levels.yml"] = YamlWriter.List((await db.Levels.AsNoTracking().OrderBy(l => l.Order).ToListAsync(cancellationToken)).Select(ContentMapper.ToFile)),
            ["catalog/skills.yml"] = YamlWriter.List((await db.Skills.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken)).Select(ContentMapper.ToFile)),
            ["catalog/certifications.yml"] = YamlWriter.List((await db.Certifications.AsNoTracking().Include(c => c.Level).OrderBy(c => c.Id).ToListAsync(cancellationToken)).Select(ContentMapper.ToFile)),
            ["catalog/tools.yml"] = YamlWriter.List((await db.Tools.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken)).Select(ContentMapper.ToFile)),
        };
        // Optional in the format (added after the first release): written only when there are sources.
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        if (sources.Count > 0)
        {
            files[ContentReader.SourcesPath] = YamlWriter.List(sources.Select(ContentMapper.ToFile));
        }
        foreach (var career in await db.Careers.AsNoTracking().WithGraph().OrderBy(c => c.Slug).ToListAsync(cancellationToken))
        {
            files[CareerPath(career.Slug)] = YamlWriter.Document(ContentMapper.ToFile(career));
        }
        var sections = await db.GuideSections.AsNoTracking().Include(s => s.Career).ToListAsync(cancellationToken);
        foreach (var section in sections)
        {
            files[SectionPath(section.Career.Slug, section.Order, section.Slug)] = Section(ContentMapper.ToFile(section));
        }
        return ContentBundle.FromTexts(files);
    }

    public static string CareerPath(string career) => $"careers/{career}/career.yml";

    /// <summary><c>NN-slug.md</c>: the folder lists the sections in guide order.</summary>
    public static string SectionPath(string career, int order, string slug) => order >= 0
        ? $"careers/{career}/sections/{order.ToString("00", CultureInfo.InvariantCulture)}-{slug}.md"
        : $"careers/{career}/sections/{slug}.md";

    private static string Section(SectionFile section) => $"---\n{YamlWriter.Document(section)}---\n{section.Body}";
}
