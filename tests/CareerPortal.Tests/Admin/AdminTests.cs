namespace CareerPortal.Tests.Admin;

/// <summary>The admin tests share one site (one host, one database): each test edits records no
/// other test checks, or creates its own.</summary>
[CollectionDefinition(Name)]
public sealed class AdminTests : ICollectionFixture<AdminSite>
{
    public const string Name = "admin site";
}
