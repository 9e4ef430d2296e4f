namespace CareerPortal.Web.Content;

/// <summary>Checks a <see cref="ContentSet"/> as a whole: required fields, slugs, known values,
/// duplicates and references between files. Returns every problem with its file and line.</summary>
public static class ContentValidator
{
    public static List<string> Validate(ContentSet set)
    {
        var errors = new List<string>();

        const string levelsPath = "catalog/levels.yml";
        CheckUnique(set.Levels, l => l.Slug, levelsPath, "level slug", errors);
        CheckUnique(set.Levels, l => l.Order.ToString(System.Globalization.CultureInfo.InvariantCulture), levelsPath, "level order", errors);
        foreach (var level in set.Levels)
        {
            CheckSlug(level.Slug, levelsPath, level, errors);
            Require(level.Name, "name", levelsPath, level, errors);
            CheckYears(level.MinYears, level.MaxYears, $"level '{level.Slug}'", levelsPath, level, errors);
        }

        const string skillsPath = "catalog/skills.yml";
        CheckUnique(set.Skills, s => s.Slug, skillsPath, "skill slug", errors);
        foreach (var skill in set.Skills)
        {
            CheckSlug(skill.Slug, skillsPath, skill, errors);
            Require(skill.Name, "name", skillsPath, skill, errors);
            Require(skill.Summary, "summary", skillsPath, skill, errors);
            CheckWord(ContentValues.SkillKinds, skill.Kind, "kind", skillsPath, skill, errors);
            CheckLines(skill.HowToBuild, "howToBuild", skillsPath, skill, errors);
            CheckLines(skill.HowToShow, "howToShow", skillsPath, skill, errors);
        }

        const string sourcesPath = ContentReader.SourcesPath;
        CheckUnique(set.Sources, s => s.Key, sourcesPath, "source key", errors);
        foreach (var source in set.Sources)
        {
            CheckSlug(source.Key, sourcesPath, source, errors);
            Require(source.Title, "title", sourcesPath, source, errors);
            CheckUrl(source.Url, "url", sourcesPath, source, errors);
        }
        var sources = set.Sources.Select(s => s.Key).ToHashSet();

        var levels = set.Levels.Select(l => l.Slug).ToHashSet();
        const string certificationsPath = "catalog/certifications.yml";
        CheckUnique(set.Certifications, c => c.Slug, certificationsPath, "certification slug", errors);
        var certificationSlugs = set.Certifications.Select(c => c.Slug).ToHashSet();
        foreach (var certification in set.Certifications)
        {
            CheckSlug(certification.Slug, certificationsPath, certification, errors);
            Require(certification.Abbreviation, "abbreviation", certificationsPath, certification, errors);
            Require(certification.Name, "name", certificationsPath, certification, errors);
            Require(certification.Summary, "summary", certificationsPath, certification, errors);
            CheckReference(levels, certification.Level, "level", certificationsPath, certification, errors);
            CheckFacts(certification, certificationSlugs, sources, certificationsPath, errors);
        }

        const string toolsPath = "catalog/tools.yml";
        CheckUnique(set.Tools, t => t.Slug, toolsPath, "tool slug", errors);
        foreach (var tool in set.Tools)
        {
            CheckSlug(tool.Slug, toolsPath, tool, errors);
            Require(tool.Name, "name", toolsPath, tool, errors);
            Require(tool.Category, "category", toolsPath, tool, errors);
        }

        var skills = set.Skills.Select(s => s.Slug).ToHashSet();
        var certifications = set.Certifications.Select(c => c.Slug).ToHashSet();
        var tools = set.Tools.Select(t => t.Slug).ToHashSet();
        var careers = set.Careers.Select(c => c.Career.Slug).ToHashSet();
        foreach (var source in set.Careers)
        {
            ValidateCareer(source, levels, skills, certifications, tools, careers, errors);
            CheckUrl(source.Career.OccupationUrl, "occupationUrl", source.Path, source.Career, errors);
            foreach (var figure in source.Career.Figures ?? [])
            {
                Require(figure.Measure, "measure", source.Path, figure, errors);
                Require(figure.Value, "value", source.Path, figure, errors);
                Require(figure.Period, "period", source.Path, figure, errors);
                Require(figure.Occupation, "occupation", source.Path, figure, errors);
                Require(figure.Source, "source", source.Path, figure, errors);
                CheckReference(sources, figure.Source, "source", source.Path, figure, errors);
            }
        }
        return errors;
    }

    /// <summary>A certification's decision facts: its routes, link, date and sources.</summary>
    private static void CheckFacts(CertificationFile certification, HashSet<string> certifications, HashSet<string> sources, string path, List<string> errors)
    {
        foreach (var route in certification.Eligibility ?? [])
        {
            if (route.Education is not null)
            {
                CheckWord(ContentValues.Educations, route.Education, "education", path, route, errors);
            }
            if (route.ExperienceMonths is < 0 or > 600 || route.TrainingHours is < 0 or > 1000 || route.WithinYears is < 1 or > 60)
            {
                errors.Add($"{path}:{route.Line}: experienceMonths must be 0 to 600, trainingHours 0 to 1000 and withinYears 1 to 60");
            }
            CheckReference(certifications, route.OrCertification, "certification", path, route, errors);
            if (route.OrCertification == certification.Slug)
            {
                errors.Add($"{path}:{route.Line}: a certification cannot stand in for itself");
            }
        }
        CheckUrl(certification.OfficialUrl, "officialUrl", path, certification, errors);
        if (certification.AsOf is { } asOf && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            errors.Add($"{path}:{certification.Line}: 'asOf' must be a date written yyyy-MM-dd, not '{asOf}'");
        }
        foreach (var key in certification.Sources ?? [])
        {
            CheckReference(sources, key, "source", path, certification, errors);
        }
    }

    /// <summary>An optional link: absolute http or https, nothing else.</summary>
    private static void CheckUrl(string? url, string field, string path, SourceItem item, List<string> errors)
    {
        if (url is not null && !IsWebAddress(url))
        {
            errors.Add($"{path}:{item.Line}: '{field}' must be a full http or https address, not '{url}'");
        }
    }

    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static void ValidateCareer(CareerSource source, HashSet<string> levels, HashSet<string> skills,
        HashSet<string> certifications, HashSet<string> tools, HashSet<string> careers, List<string> errors)
    {
        var path = source.Path;
        var career = source.Career;
        CheckSlug(career.Slug, path, career, errors);
        Require(career.Title, "title", path, career, errors);
        Require(career.Summary, "summary", path, career, errors);
        Require(career.Description, "description", path, career, errors);
        if (career.Profile is { } profile && MarkdownRenderer.Problem(profile) is { } profileProblem)
        {
            errors.Add($"{path}:{career.Line}: profile: {profileProblem}");
        }
        foreach (var (sectionPath, section) in source.Sections)
        {
            if (MarkdownRenderer.Problem(section.Body) is { } problem)
            {
                errors.Add($"{sectionPath}:{section.BodyLine + MarkdownRenderer.DeepestLine(section.Body) - 1}: {problem}");
            }
        }

        var careerLevels = career.Levels ?? [];
        CheckUnique(careerLevels, l => l.Level, path, "level", errors);
        foreach (var level in careerLevels)
        {
            CheckReference(levels, level.Level, "level", path, level, errors);
            Require(level.Title, "title", path, level, errors);
            CheckYears(level.MinYears, level.MaxYears, $"level '{level.Level}'", path, level, errors);
            var levelSkills = level.Skills ?? [];
            CheckUnique(levelSkills, s => s.Skill, path, "skill", errors);
            foreach (var skill in levelSkills)
            {
                CheckReference(skills, skill.Skill, "skill", path, skill, errors);
                CheckWord(ContentValues.Importances, skill.Importance, "importance", path, skill, errors);
            }
            foreach (var certification in level.Certifications ?? [])
            {
                CheckReference(certifications, certification, "certification", path, level, errors);
            }
        }

        var titles = career.Titles ?? [];
        CheckUnique(titles, t => t.Title, path, "job title", errors);
        foreach (var title in titles)
        {
            Require(title.Title, "title", path, title, errors);
            CheckReference(levels, title.Level, "level", path, title, errors);
        }

        var specializations = career.Specializations ?? [];
        CheckUnique(specializations, s => s.Slug, path, "specialization slug", errors);
        foreach (var specialization in specializations)
        {
            CheckSlug(specialization.Slug, path, specialization, errors);
            Require(specialization.Name, "name", path, specialization, errors);
        }

        foreach (var tool in (career.Tools ?? []).Where(t => !tools.Contains(t)))
        {
            errors.Add($"{path}:{career.Line}: unknown tool '{tool}'");
        }
        foreach (var duplicate in (career.Tools ?? []).GroupBy(t => t).Where(g => g.Count() > 1))
        {
            errors.Add($"{path}:{career.Line}: duplicate tool '{duplicate.Key}'");
        }

        var related = career.Related ?? [];
        CheckUnique(related, r => r.Role, path, "related role", errors);
        foreach (var relation in related)
        {
            CheckReference(careers, relation.Role, "role", path, relation, errors);
            CheckWord(ContentValues.RelationKinds, relation.Kind, "kind", path, relation, errors);
            if (relation.Role == career.Slug)
            {
                errors.Add($"{path}:{relation.Line}: a career cannot be related to itself");
            }
        }

        foreach (var advancement in career.Advancement ?? [])
        {
            Require(advancement.Tier, "tier", path, advancement, errors);
        }

        foreach (var group in source.Sections.GroupBy(s => s.Section.Slug).Where(g => g.Count() > 1))
        {
            errors.Add($"{group.Last().Path}:1: duplicate section slug '{group.Key}' (also in {group.First().Path})");
        }
        foreach (var (sectionPath, section) in source.Sections)
        {
            CheckSlug(section.Slug, sectionPath, section, errors);
            Require(section.Title, "title", sectionPath, section, errors);
            Require(section.Description, "description", sectionPath, section, errors);
            CheckWord(ContentValues.Statuses, section.Status, "status", sectionPath, section, errors);
        }
    }

    private static void CheckUnique<T>(IEnumerable<T> items, Func<T, string> key, string path, string what, List<string> errors) where T : SourceItem
    {
        foreach (var group in items.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var item in group.Skip(1))
            {
                errors.Add($"{path}:{item.Line}: duplicate {what} '{group.Key}' (first at line {group.First().Line})");
            }
        }
    }

    private static void CheckSlug(string slug, string path, SourceItem item, List<string> errors)
    {
        if (!ContentValues.IsSlug(slug))
        {
            errors.Add($"{path}:{item.Line}: '{slug}' is not a valid slug (lower-case letters, digits and single hyphens)");
        }
    }

    private static void Require(string? value, string field, string path, SourceItem item, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{path}:{item.Line}: '{field}' is required");
        }
    }

    /// <summary>A list of steps (a skill's ways to build and show it): each a line of text, none
    /// blank, short enough for the admin editor that takes them one per line.</summary>
    private static void CheckLines(List<string>? lines, string field, string path, SourceItem item, List<string> errors)
    {
        if ((lines ?? []).Any(line => string.IsNullOrWhiteSpace(line) || line.Length > 300 || line.Contains('\n', StringComparison.Ordinal)))
        {
            errors.Add($"{path}:{item.Line}: every '{field}' entry must be one line of 1 to 300 characters");
        }
    }

    private static void CheckReference(HashSet<string> known, string? slug, string what, string path, SourceItem item, List<string> errors)
    {
        if (slug is not null && !known.Contains(slug))
        {
            errors.Add($"{path}:{item.Line}: unknown {what} '{slug}'");
        }
    }

    private static void CheckWord<T>(IReadOnlyDictionary<string, T> words, string value, string field, string path, SourceItem item, List<string> errors)
    {
        if (!words.ContainsKey(value))
        {
            errors.Add($"{path}:{item.Line}: '{field}' must be one of {string.Join(", ", words.Keys)}, not '{value}'");
        }
    }

    /// <summary>Years of experience: 0 to 60, the upper bound above the lower one.</summary>
    private static void CheckYears(int? minYears, int? maxYears, string what, string path, SourceItem item, List<string> errors)
    {
        if (minYears is < 0 or > 60 || maxYears is < 0 or > 60)
        {
            errors.Add($"{path}:{item.Line}: {what} has years outside 0 to 60");
        }
        else if (minYears >= maxYears)
        {
            errors.Add($"{path}:{item.Line}: {what} has minYears not below maxYears");
        }
    }
}
