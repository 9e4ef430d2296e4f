using System.Security.Cryptography;
using System.Text.Json;

namespace CareerPortal.Web.Content;

/// <summary>A stable fingerprint of one content item: SHA-256 of its canonical JSON. The same item
/// read from a file or rebuilt from the database gives the same hash.</summary>
public static class ContentHash
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Of<T>(T item) where T : SourceItem =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(item, Options)));

    public static string Of(SectionFile section) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { section.Slug, section.Title, section.Description, section.Order, section.Status, section.Body }, Options)));
}
