using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPortal.Web.Data;

internal static class EntityConventions
{
    public static void ConfigureEntity<T>(this EntityTypeBuilder<T> builder) where T : Entity
    {
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.UpdatedBy).HasMaxLength(256);
    }

    public static void ConfigureSlug<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, string>> slug) where T : class =>
        builder.Property(slug).HasMaxLength(120);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    };

    /// <summary>A list of small records kept as one JSON text column: read and written whole with
    /// its row, the same on SQLite and SQL Server, and compared by value so a changed item saves.</summary>
    public static void HasJson<T>(this PropertyBuilder<List<T>> property) where T : IEquatable<T> =>
        property.HasConversion(
            list => JsonSerializer.Serialize(list, Json),
            text => JsonSerializer.Deserialize<List<T>>(text, Json) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, b) => a!.SequenceEqual(b!),
                list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode())),
                list => list.ToList()));
}

internal sealed class CareerConfiguration : IEntityTypeConfiguration<Career>
{
    public void Configure(EntityTypeBuilder<Career> builder)
    {
        builder.ConfigureEntity();
        builder.ConfigureSlug(r => r.Slug);
        builder.HasIndex(r => r.Slug).IsUnique();
        builder.Property(r => r.Summary).HasMaxLength(1000);
        builder.Property(r => r.ToolsAdvice).HasMaxLength(1000);
        builder.Property(r => r.OccupationCode).HasMaxLength(20);
        builder.Property(r => r.Figures).HasJson();
        builder.Property(r => r.OccupationUrl).HasMaxLength(400);
    }
}

internal sealed class LevelConfiguration : IEntityTypeConfiguration<Level>
{
    public void Configure(EntityTypeBuilder<Level> builder)
    {
        builder.ConfigureEntity();
        builder.ConfigureSlug(l => l.Slug);
        builder.HasIndex(l => l.Slug).IsUnique();
        builder.HasIndex(l => l.Order).IsUnique();
        builder.Property(l => l.Summary).HasMaxLength(1000);
    }
}

internal sealed class CareerLevelConfiguration : IEntityTypeConfiguration<CareerLevel>
{
    public void Configure(EntityTypeBuilder<CareerLevel> builder)
    {
        builder.ConfigureEntity();
        builder.HasIndex(rl => new { rl.CareerId, rl.LevelId }).IsUnique();
        builder.HasOne(rl => rl.Career).WithMany(r => r.Levels).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(rl => rl.Level).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.Property(rl => rl.Focus).HasMaxLength(1000);
        builder.Property(rl => rl.SkillsFocus).HasMaxLength(1000);
        builder.Property(rl => rl.Goals).HasMaxLength(2000);
        builder.Property(rl => rl.Balance).HasMaxLength(1000);
    }
}

internal sealed class CareerLevelSkillConfiguration : IEntityTypeConfiguration<CareerLevelSkill>
{
    public void Configure(EntityTypeBuilder<CareerLevelSkill> builder)
    {
        builder.HasKey(s => new { s.CareerLevelId, s.SkillId });
        builder.HasOne(s => s.CareerLevel).WithMany(rl => rl.Skills).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Skill).WithMany(s => s.CareerLevels).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CareerLevelCertificationConfiguration : IEntityTypeConfiguration<CareerLevelCertification>
{
    public void Configure(EntityTypeBuilder<CareerLevelCertification> builder)
    {
        builder.HasKey(c => new { c.CareerLevelId, c.CertificationId });
        builder.HasOne(c => c.CareerLevel).WithMany(rl => rl.Certifications).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Certification).WithMany(c => c.CareerLevels).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SkillConfiguration : IEntityTypeConfiguration<Skill>
{
    public void Configure(EntityTypeBuilder<Skill> builder)
    {
        builder.ConfigureEntity();
        builder.ConfigureSlug(s => s.Slug);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Summary).HasMaxLength(1000);
        builder.Property(s => s.WhyItMatters).HasMaxLength(1000);
    }
}

internal sealed class CertificationConfiguration : IEntityTypeConfiguration<Certification>
{
    public void Configure(EntityTypeBuilder<Certification> builder)
    {
        builder.ConfigureEntity();
        builder.ConfigureSlug(c => c.Slug);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasOne(c => c.Level).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Summary).HasMaxLength(2000);
        builder.Property(c => c.Prerequisites).HasMaxLength(1000);
        builder.Property(c => c.Covers).HasMaxLength(1000);
        builder.Property(c => c.Audience).HasMaxLength(1000);
        builder.Property(c => c.Eligibility).HasJson();
        builder.Property(c => c.Exam).HasMaxLength(1000);
        builder.Property(c => c.Cost).HasMaxLength(1000);
        builder.Property(c => c.Renewal).HasMaxLength(1000);
        builder.Property(c => c.OfficialUrl).HasMaxLength(400);
    }
}

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.ConfigureEntity();
        builder.Property(s => s.Key).HasMaxLength(120);
        builder.HasIndex(s => s.Key).IsUnique();
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.Url).HasMaxLength(400);
    }
}

internal sealed class ToolConfiguration : IEntityTypeConfiguration<Tool>
{
    public void Configure(EntityTypeBuilder<Tool> builder)
    {
        builder.ConfigureEntity();
        builder.ConfigureSlug(t => t.Slug);
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Summary).HasMaxLength(1000);
    }
}

internal sealed class CareerToolConfiguration : IEntityTypeConfiguration<CareerTool>
{
    public void Configure(EntityTypeBuilder<CareerTool> builder)
    {
        builder.HasKey(t => new { t.CareerId, t.ToolId });
        builder.HasOne(t => t.Career).WithMany(r => r.Tools).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Tool).WithMany(t => t.Careers).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JobTitleConfiguration : IEntityTypeConfiguration<JobTitle>
{
    public void Configure(EntityTypeBuilder<JobTitle> builder)
    {
        builder.ConfigureEntity();
        builder.HasIndex(t => new { t.CareerId, t.Title }).IsUnique();
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.HasOne(t => t.Career).WithMany(r => r.JobTitles).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Level).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Summary).HasMaxLength(1000);
    }
}

internal sealed class SpecializationConfiguration : IEntityTypeConfiguration<Specialization>
{
    public void Configure(EntityTypeBuilder<Specialization> builder)
    {
        builder.ConfigureEntity();
        builder.ConfigureSlug(s => s.Slug);
        builder.HasIndex(s => new { s.CareerId, s.Slug }).IsUnique();
        builder.HasOne(s => s.Career).WithMany(r => r.Specializations).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Summary).HasMaxLength(1000);
    }
}

internal sealed class CareerRelationConfiguration : IEntityTypeConfiguration<CareerRelation>
{
    public void Configure(EntityTypeBuilder<CareerRelation> builder)
    {
        builder.ConfigureEntity();
        builder.HasIndex(r => new { r.CareerId, r.RelatedCareerId }).IsUnique();
        builder.HasOne(r => r.Career).WithMany(r => r.Relations).HasForeignKey(r => r.CareerId).OnDelete(DeleteBehavior.Cascade);
        // SQL Server refuses two cascade paths into one table; the related side is removed by hand.
        builder.HasOne(r => r.RelatedCareer).WithMany().HasForeignKey(r => r.RelatedCareerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Note).HasMaxLength(1000);
    }
}

internal sealed class AdvancementConfiguration : IEntityTypeConfiguration<Advancement>
{
    public void Configure(EntityTypeBuilder<Advancement> builder)
    {
        builder.ConfigureEntity();
        builder.HasOne(a => a.Career).WithMany(r => r.Advancements).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GuideSectionConfiguration : IEntityTypeConfiguration<GuideSection>
{
    public void Configure(EntityTypeBuilder<GuideSection> builder)
    {
        builder.ConfigureEntity();
        builder.ConfigureSlug(s => s.Slug);
        builder.HasIndex(s => new { s.CareerId, s.Slug }).IsUnique();
        builder.HasOne(s => s.Career).WithMany(r => r.Sections).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.ToTable("RecordRevisions");
        builder.Property(r => r.Kind).HasMaxLength(40);
        builder.Property(r => r.Title).HasMaxLength(400);
        builder.Property(r => r.Event).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Summary).HasMaxLength(400);
        builder.Property(r => r.Author).HasMaxLength(256);
        // A record's history, newest first; the trash is the records whose newest revision is a delete.
        builder.HasIndex(r => new { r.Kind, r.RecordId, r.Id });
    }
}

internal sealed class RedirectConfiguration : IEntityTypeConfiguration<Redirect>
{
    public void Configure(EntityTypeBuilder<Redirect> builder)
    {
        builder.HasIndex(r => r.FromPath).IsUnique();
        builder.Property(r => r.FromPath).HasMaxLength(400);
        builder.Property(r => r.ToPath).HasMaxLength(400);
    }
}

internal sealed class ChangeLogEntryConfiguration : IEntityTypeConfiguration<ChangeLogEntry>
{
    public void Configure(EntityTypeBuilder<ChangeLogEntry> builder)
    {
        builder.ToTable("ChangeLog");
        builder.Property(c => c.ResourceType).HasMaxLength(20);
        builder.Property(c => c.Slug).HasMaxLength(120);
        builder.Property(c => c.PreviousSlug).HasMaxLength(120);
        builder.Property(c => c.Change).HasConversion<string>().HasMaxLength(20);
        // The API's renamed-slug lookup.
        builder.HasIndex(c => new { c.ResourceType, c.PreviousSlug });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // Declared so that EF Core on SQL Server does not use OUTPUT, which a table with triggers refuses.
        builder.ToTable("AuditLog", table => table.HasTrigger("AuditLog_AppendOnly"));
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(40);
        builder.Property(a => a.Kind).HasMaxLength(40);
        builder.Property(a => a.Title).HasMaxLength(400);
        builder.Property(a => a.Detail).HasMaxLength(1000);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.Actor, a.At });
    }
}
