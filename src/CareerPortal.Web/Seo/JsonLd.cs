using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace CareerPortal.Web.Seo;

/// <summary>Writes a page's structured data as JSON-LD: the page's own objects
/// (<see cref="PageMeta.StructuredData"/>) plus <c>WebSite</c> on the home page or a
/// <c>BreadcrumbList</c> below it.</summary>
public sealed class JsonLd(IOptions<SiteOptions> site)
{
    private const string SchemaOrg = "https://schema.org";

    private readonly JsonSerializerOptions _options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // The JSON goes inside <script>, unencoded: this encoder writes <, > and & as \u003C,
        // \u003E and \u0026, so no text from the database can close the element. Relaxed
        // encoders (UnsafeRelaxedJsonEscaping) would let "</script>" through.
        Encoder = JavaScriptEncoder.Default,
        Converters = { new HrefConverter(site.Value) },
    };

    /// <summary>One JSON document per object, each for its own <c>script type="application/ld+json"</c>.</summary>
    public IEnumerable<string> Documents(PageMeta meta) =>
        Objects(meta).Select(thing => JsonSerializer.Serialize(thing with { Context = SchemaOrg }, thing.GetType(), _options));

    private IEnumerable<SchemaThing> Objects(PageMeta meta)
    {
        if (meta.Path == "/")
        {
            yield return new WebSite
            {
                Name = site.Value.Name,
                Description = meta.Description,
                Url = new Href(PublicPaths.Home),
                PotentialAction = new SearchAction
                {
                    Target = new EntryPoint { UrlTemplate = new Href(PublicPaths.SearchTemplate) },
                    QueryInput = "required name=search_term_string",
                },
            };
        }
        else if (meta.Breadcrumbs.Count > 0)
        {
            yield return Breadcrumbs(meta);
        }
        foreach (var thing in meta.StructuredData)
        {
            yield return thing;
        }
    }

    /// <summary>The trail the page shows, ending with the page itself.</summary>
    private static BreadcrumbList Breadcrumbs(PageMeta meta) => new()
    {
        ItemListElement = meta.Breadcrumbs.Append(new Crumb(meta.Title, meta.Path))
            .Select((crumb, index) => new ListItem { Position = index + 1, Name = crumb.Title, Item = new Href(crumb.Path) })
            .ToList(),
    };

    /// <summary>Site paths become absolute URLs on the configured base, never on the request's host.</summary>
    private sealed class HrefConverter(SiteOptions site) : JsonConverter<Href>
    {
        public override Href Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(reader.GetString() ?? "");

        public override void Write(Utf8JsonWriter writer, Href value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value.StartsWith('/') ? site.Absolute(value.Value) : value.Value);
    }
}
