using Ganss.Xss;
using Markdig;

namespace CareerPortal.Web.Content;

/// <summary>Turns editors' Markdown into safe HTML. The pipeline and the sanitizer are built once:
/// Markdig does not sanitize (a <c>javascript:</c> link survives <c>DisableHtml()</c>), so every
/// output goes through HtmlSanitizer, which keeps only http, https and mailto links.</summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string Render(string markdown) => _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Add("id"); // heading anchors for the table of contents
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowDataAttributes = false;
        return sanitizer;
    }
}
