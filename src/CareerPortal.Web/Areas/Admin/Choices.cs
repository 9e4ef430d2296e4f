using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin;

/// <summary>The options of the admin forms' selects.</summary>
public static class Choices
{
    public static async Task<List<SelectListItem>> CareersAsync(CareerDb db, CancellationToken cancellationToken) =>
        await db.Careers.AsNoTracking().OrderBy(c => c.Title)
            .Select(c => new SelectListItem(c.Title, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);

    public static async Task<List<SelectListItem>> LevelsAsync(CareerDb db, CancellationToken cancellationToken) =>
        await db.Levels.AsNoTracking().OrderBy(l => l.Order)
            .Select(l => new SelectListItem(l.Name, l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);

    public static IReadOnlyList<SelectListItem> SkillKinds { get; } =
        Enum.GetValues<SkillKind>().Select(k => new SelectListItem(global::CareerPortal.Web.Pages.SkillKinds.Name(k), k.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> RelationKinds { get; } =
    [
        new("Related career", nameof(RelationKind.Related)),
        new("Next step", nameof(RelationKind.NextStep)),
    ];

    public static IReadOnlyList<SelectListItem> Statuses { get; } =
    [
        new("Published", nameof(SectionStatus.Published)),
        new("Draft (not on the public site)", nameof(SectionStatus.Draft)),
    ];

    public static IReadOnlyList<SelectListItem> Importances { get; } =
    [
        new("Essential", nameof(Importance.Essential)),
        new("Important", nameof(Importance.Important)),
        new("Useful", nameof(Importance.Useful)),
    ];
}
