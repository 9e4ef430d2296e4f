using System.Text.Json;
using CareerPortal.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPortal.Tests.Api;

/// <summary>The OpenAPI document parses, is 3.1, and lists exactly the API's endpoints.</summary>
public sealed class OpenApiTests
{
    [Fact]
    public async Task The_document_and_the_endpoints_agree()
    {
        using var site = new TestApp();
        using var client = site.CreateClient();

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .Order().ToList();
        var served = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api/v1/", StringComparison.Ordinal) || raw.EndsWith("/ladder.svg", StringComparison.Ordinal)))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(method => $"{method} {e.RoutePattern.RawText}"))
            .Order().ToList();
        Assert.NotEmpty(served);
        Assert.Equal(served, documented);
        foreach (var operation in document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()))
        {
            Assert.False(string.IsNullOrWhiteSpace(operation.Value.GetProperty("summary").GetString()), operation.Name);
            Assert.False(string.IsNullOrWhiteSpace(operation.Value.GetProperty("description").GetString()), operation.Name);
        }
        Assert.Contains("it-project-manager", document.ToString(), StringComparison.Ordinal);
    }
}
