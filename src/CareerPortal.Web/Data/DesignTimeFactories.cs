using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CareerPortal.Web.Data;

// Used by `dotnet ef` only: each provider's migrations are made against its own context,
// without starting the site or reaching a server.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCareerDb>
{
    public SqliteCareerDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCareerDb>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCareerDb>
{
    public SqlServerCareerDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerCareerDb>().UseSqlServer("Server=localhost;Database=CareerPortal;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
