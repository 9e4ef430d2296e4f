using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CareerPortal.Web.Content;

namespace CareerPortal.Web.Areas.Admin.History;

/// <summary>What a revision stores: the record as its content-file item (<see cref="ContentMapper"/>),
/// the career it belongs to, and when it went to the trash, the rows elsewhere that used it and
/// the guide sections that went with it.</summary>
public sealed class Snapshot
{
    /// <summary>1: content-file items. 0: a guide section's title and Markdown only (revisions kept before history covered every kind).</summary>
    public const int CurrentSchema = 1;

    /// <summary>The slug of the career the record belongs to, for the kinds that belong to one.</summary>
    public string? Career { get; set; }
    public JsonElement Document { get; set; }
    public List<Use>? Uses { get; set; }
    public List<SectionFile>? Sections { get; set; }

    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // The source line of a file item means nothing in a snapshot.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers = { type => RemoveProperty(type, nameof(SourceItem.Line)), type => RemoveProperty(type, nameof(SectionFile.BodyLine)) },
        },
    };

    public static Snapshot Of<TDocument>(TDocument document, string? career = null) => new()
    {
        Career = career, Document = JsonSerializer.SerializeToElement(document, Options),
    };

    public T Read<T>() => Document.Deserialize<T>(Options) ?? throw new JsonException("An empty snapshot.");

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static Snapshot Parse(string json, int schema) => schema == 0
        ? new Snapshot { Document = JsonSerializer.Deserialize<JsonElement>(json) }
        : JsonSerializer.Deserialize<Snapshot>(json, Options) ?? throw new JsonException("An empty snapshot.");

    private static void RemoveProperty(JsonTypeInfo type, string name)
    {
        if (type.Kind == JsonTypeInfoKind.Object && type.Properties.FirstOrDefault(p => p.Name == name) is { } property)
        {
            type.Properties.Remove(property);
        }
    }
}

/// <summary>A row elsewhere that used a trashed record (a career level that lists a skill, a career
/// that lists a tool): put back with the record when it is restored, if that row is still there.</summary>
public sealed record Use(string Career, string? Level, string? Importance, int Order);
