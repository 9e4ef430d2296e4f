using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Content;

public static class CareerGraph
{
    /// <summary>A career with everything its content file holds, in one split query.</summary>
    public static IQueryable<Career> WithGraph(this IQueryable<Career> careers) => careers
        .Include(c => c.Levels).ThenInclude(l => l.Level)
        .Include(c => c.Levels).ThenInclude(l => l.Skills).ThenInclude(s => s.Skill)
        .Include(c => c.Levels).ThenInclude(l => l.Certifications).ThenInclude(c => c.Certification)
        .Include(c => c.JobTitles).ThenInclude(t => t.Level)
        .Include(c => c.Specializations)
        .Include(c => c.Tools).ThenInclude(t => t.Tool)
        .Include(c => c.Relations).ThenInclude(r => r.RelatedCareer)
        .Include(c => c.Advancements)
        .AsSplitQuery();
}
