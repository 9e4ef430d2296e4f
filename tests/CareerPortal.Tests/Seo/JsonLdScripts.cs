using System.Text.Json;
using AngleSharp.Dom;

namespace CareerPortal.Tests.Seo;

public static class JsonLdScripts
{
    /// <summary>Each JSON-LD block of the page, parsed (a block that is not JSON fails here).</summary>
    public static List<JsonElement> Parse(IDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(script => JsonDocument.Parse(script.TextContent).RootElement.Clone())
            .ToList();

    public static JsonElement OfType(IDocument page, string type) =>
        Parse(page).SingleOrDefault(item => item.GetProperty("@type").GetString() == type) is { ValueKind: JsonValueKind.Object } found
            ? found
            : throw new Xunit.Sdk.XunitException($"no single JSON-LD {type} on the page");

    public static string Text(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new Xunit.Sdk.XunitException($"JSON-LD {element.GetProperty("@type")} has no text '{property}': {element}");

    public static List<JsonElement> Items(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().ToList()
            : throw new Xunit.Sdk.XunitException($"JSON-LD {element.GetProperty("@type")} has no list '{property}': {element}");
}
