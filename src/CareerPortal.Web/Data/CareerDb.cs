using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareerPortal.Web.Data;

/// <summary>The site's one database: career data, guide sections and the editors' accounts.
/// Each provider has a subclass that owns its migrations (<see cref="SqliteCareerDb"/>, <see cref="SqlServerCareerDb"/>).</summary>
public abstract class CareerDb(DbContextOptions options) : IdentityDbContext<IdentityUser>(options)
{
    public DbSet<Career> Careers => Set<Career>();
    public DbSet<Level> Levels => Set<Level>();
    public DbSet<CareerLevel> CareerLevels => Set<CareerLevel>();
    public DbSet<CareerLevelSkill> CareerLevelSkills => Set<CareerLevelSkill>();
    public DbSet<CareerLevelCertification> CareerLevelCertifications => Set<CareerLevelCertification>();
    public DbSet<Skill> Skills => Set<Skill>();
    public DbSet<Certification> Certifications => Set<Certification>();
    public DbSet<Tool> Tools => Set<Tool>();
    public DbSet<CareerTool> CareerTools => Set<CareerTool>();
    public DbSet<JobTitle> JobTitles => Set<JobTitle>();
    public DbSet<Specialization> Specializations => Set<Specialization>();
    public DbSet<CareerRelation> CareerRelations => Set<CareerRelation>();
    public DbSet<Advancement> Advancements => Set<Advancement>();
    public DbSet<GuideSection> GuideSections => Set<GuideSection>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<Redirect> Redirects => Set<Redirect>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CareerDb).Assembly);
        foreach (var type in builder.Model.GetEntityTypes().Where(t => t.ClrType.IsAssignableTo(typeof(ImportedEntity))).ToList())
        {
            builder.Entity(type.ClrType).HasIndex(nameof(ImportedEntity.PublicId)).IsUnique();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampChanges();
        // SQLite runs async commands synchronously and ASP.NET Core has no synchronization
        // context, so waiting here cannot deadlock; every caller in the app saves asynchronously.
        var changes = new ChangeRecorder(this).CollectAsync(default).GetAwaiter().GetResult();
        return SaveRecording(changes, () => Task.FromResult(base.SaveChanges(acceptAllChangesOnSuccess))).GetAwaiter().GetResult();
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampChanges();
        var changes = await new ChangeRecorder(this).CollectAsync(cancellationToken);
        return await SaveRecording(changes, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken));
    }

    private readonly List<ChangeLogEntry> _savedChanges = [];

    /// <summary>The public changes this context has saved (its change-feed rows): what the cached
    /// public pages that show them are evicted by (Pages/PublicCache.cs).</summary>
    public IReadOnlyList<ChangeLogEntry> SavedPublicChanges => _savedChanges;

    /// <summary>Renews the concurrency token and the UTC change time of every added or changed row,
    /// and gives a new public row its permanent public id.</summary>
    private void StampChanges()
    {
        var now = DateTime.UtcNow;
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
                entry.Entity.UpdatedAt = now;
            }
            if (entry is { State: EntityState.Added, Entity: ImportedEntity { PublicId: var id } row } && id == Guid.Empty)
            {
                row.PublicId = Guid.NewGuid();
            }
        }
    }

    /// <summary>Saves the change-feed rows with the changes they describe (one transaction); a
    /// failed save forgets them, so that a retried save does not record its changes twice.</summary>
    /// <summary>Saves the change-feed rows with the changes they describe (one transaction); a
    /// failed save forgets them, so that a retried save does not record its changes twice.</summary>
    private async Task<int> SaveRecording(IReadOnlyList<ChangeLogEntry> changes, Func<Task<int>> save)
    {
        ChangeLog.AddRange(changes);
        try
        {
            var saved = await save();
            _savedChanges.AddRange(changes);
            return saved;
        }
        catch
        {
            foreach (var change in changes)
            {
                Entry(change).State = EntityState.Detached;
            }
            throw;
        }
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        toStore => toStore.Kind == DateTimeKind.Utc ? toStore : toStore.ToUniversalTime(),
        fromStore => DateTime.SpecifyKind(fromStore, DateTimeKind.Utc));
}

public sealed class SqliteCareerDb(DbContextOptions<SqliteCareerDb> options) : CareerDb(options);

public sealed class SqlServerCareerDb(DbContextOptions<SqlServerCareerDb> options) : CareerDb(options);
