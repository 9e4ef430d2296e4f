using System.Data;
using System.Data.Common;
using CareerPortal.Web.Data;
using CareerPortal.Web.Pages.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerPortal.Tests.Pages.Search;

/// <summary>The search's LINQ must translate on SQL Server too. No server is needed: the
/// connection is never opened and every command answers with no rows; the SQL is kept to read.</summary>
public sealed class SqlServerSearchTests
{
    [Fact]
    public async Task Search_translates_to_sql_server_with_escaped_parameters_and_lower_case()
    {
        var capture = new CaptureSql();
        var options = new DbContextOptionsBuilder<SqlServerCareerDb>()
            .UseSqlServer("Server=127.0.0.1,1;Database=none;Connect Timeout=1;TrustServerCertificate=True")
            .AddInterceptors(capture)
            .Options;
        await using var db = new SqlServerCareerDb(options);

        var hits = await SiteSearch.RunAsync(db, SearchQuery.Parse("50% [risk]_ o'brien"), default);

        Assert.Empty(hits);
        Assert.Equal(5, capture.Commands.Count);
        Assert.All(capture.Commands, sql =>
        {
            Assert.Contains("LOWER(", sql, StringComparison.Ordinal);
            // EF Core escapes %, _ and [ in the parameter and says so; the term is never SQL text.
            Assert.Contains("ESCAPE", sql, StringComparison.Ordinal);
            Assert.DoesNotContain("o'brien", sql, StringComparison.Ordinal);
            Assert.DoesNotContain("[risk]", sql, StringComparison.Ordinal);
        });
    }

    private sealed class CaptureSql : DbCommandInterceptor, IDbConnectionInterceptor
    {
        public List<string> Commands { get; } = [];

        public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(new DataTable().CreateDataReader()));
        }
    }
}
