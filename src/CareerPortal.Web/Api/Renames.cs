using CareerPortal.Web.Data;
using CareerPortal.Web.Seo;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Api;

/// <summary>Where a resource asked for by an old slug lives now: the change feed's renames (which
/// know every kind, tools included), else the site's redirect table for the public page.</summary>
public static class Renames
{
    /// <summary>The current slug for <paramref name="slug"/>, or null when it never was a slug of that type.</summary>
    public static async Task<string?> CurrentSlugAsync<T>(CareerDb db, string type, string slug, string pagePrefix, CancellationToken cancellationToken)
        where T : ImportedEntity
    {
        var id = await db.ChangeLog.AsNoTracking()
            .Where(c => c.ResourceType == type && c.PreviousSlug == slug)
            .OrderByDescending(c => c.Id).Select(c => (Guid?)c.ResourceId).FirstOrDefaultAsync(cancellationToken);
        if (id is { } publicId)
        {
            var current = await db.Set<T>().AsNoTracking().Where(r => r.PublicId == publicId)
                .Select(r => EF.Property<string>(r, "Slug")).FirstOrDefaultAsync(cancellationToken);
            if (current is not null && current != slug)
            {
                return current;
            }
        }
        var target = await db.MovedToAsync($"{pagePrefix}/{slug}", cancellationToken);
        return target is not null && target.StartsWith(pagePrefix + "/", StringComparison.Ordinal) && target.LastIndexOf('/') == pagePrefix.Length
            ? target[(pagePrefix.Length + 1)..]
            : null;
    }
}
