using Ganss.Xss;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CareerPortal.Web.Content;

/// <summary>Turns editors' Markdown into safe HTML. The pipeline and the sanitizer are built once:
/// Markdig does not sanitize (a <c>javascript:</c> link survives <c>DisableHtml()</c>), so every
/// output goes through HtmlSanitizer, which keeps only http, https and mailto links.</summary>
public sealed class MarkdownRenderer
{
    /// <summary>Put before every heading's id, as GitHub does with "user-content-": the page's own ids never start with it.</summary>
    public const string HeadingIdPrefix = "text-";

    public const string TooDeepMessage = "The text nests quotes, lists or emphasis too deeply (more than about a hundred levels inside each other): flatten it.";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>Throws <see cref="InvalidMarkdownException"/> for text Markdig refuses; callers
    /// that take editors' input check <see cref="Problem"/> first. With <paramref name="pagePath"/>
    /// (where the text is shown), links relative to that page are stored from the site's root.</summary>
    public string Render(string markdown, string? pagePath = null)
    {
        try
        {
            var document = Markdown.Parse(markdown, Pipeline);
            foreach (var heading in document.Descendants<HeadingBlock>())
            {
                // "## Main" must not become a second id="main" (the layout's skip-link target),
                // nor collide with any other id of the page around the text.
                if (heading.TryGetAttributes() is { Id: { Length: > 0 } id } attributes)
                {
                    attributes.Id = HeadingIdPrefix + id;
                }
            }
            if (pagePath is not null)
            {
                GuideLinks.Anchor(document, pagePath);
            }
            return _sanitizer.Sanitize(Markdown.ToHtml(document, Pipeline));
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            // Markdig's nesting limit: without this a 300-deep quote was a 500 and lost input.
            throw new InvalidMarkdownException(TooDeepMessage, e);
        }
    }

    /// <summary>The Markdown's syntax tree, parsed as rendering parses it.</summary>
    internal static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>For a preview: the HTML, or the problem in words (encoded) in its place; links the
    /// sanitizer removed are named above the HTML, so the editor knows why their text is not a link.</summary>
    public string Preview(string markdown)
    {
        if (Problem(markdown) is { } problem)
        {
            return Paragraph("error", problem);
        }
        _dropped = [];
        try
        {
            var html = Render(markdown);
            return _dropped.Count == 0 ? html : Paragraph("error", DroppedMessage(_dropped)) + html;
        }
        finally
        {
            _dropped = null;
        }
    }

    /// <summary>Why some links of the text are shown as plain text.</summary>
    public static string DroppedMessage(IReadOnlyCollection<string> texts) =>
        (texts.Count == 1 ? "One link was removed and its text kept" : $"{texts.Count} links were removed and their text kept")
        + ": only web addresses (http, https) and email addresses (mailto) can be linked. The link on: "
        + string.Join(", ", texts.Distinct().Select(a => "“" + (a.Length > 60 ? a[..60] + "…" : a) + "”")) + ".";

    private static string Paragraph(string cssClass, string text) => $"<p class=\"{cssClass}\">{System.Net.WebUtility.HtmlEncode(text)}</p>";

    /// <summary>Addresses the sanitizer removes while <see cref="Preview"/> renders on this thread (sanitizing is synchronous).</summary>
    [ThreadStatic]
    private static List<string>? _dropped;

    /// <summary>Why the text cannot be rendered, or null when it can.</summary>
    public static string? Problem(string markdown)
    {
        try
        {
            Markdown.Parse(markdown, Pipeline);
            return null;
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            return TooDeepMessage;
        }
    }

    /// <summary>The 1-based line that nests deepest (most leading quote, list and space marks):
    /// where to look when <see cref="Problem"/> finds the text too deep.</summary>
    public static int DeepestLine(string markdown)
    {
        var lines = markdown.Split('\n');
        var depths = lines.Select(l => l.TakeWhile(c => c is '>' or ' ' or '\t' or '-' or '*' or '+' or '_').Count()).ToList();
        return depths.IndexOf(depths.Max()) + 1;
    }

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
        sanitizer.RemovingAttribute += (_, e) =>
        {
            if (e.Attribute.Name is "href" or "src" && e.Tag.NodeName is "A" or "IMG")
            {
                // Named by its text: echoing the refused address would put it back on the page.
                _dropped?.Add(e.Tag.NodeName == "IMG" ? e.Tag.GetAttribute("alt") ?? "" : e.Tag.TextContent);
            }
        };
        // A link or image whose address was removed would stay a dead link or a broken image:
        // keep its text instead.
        sanitizer.PostProcessDom += (_, e) =>
        {
            foreach (var element in e.Document.QuerySelectorAll("a:not([href]), img:not([src])").ToList())
            {
                var parent = element.Parent!;
                if (element.NodeName == "IMG")
                {
                    parent.InsertBefore(e.Document.CreateTextNode(element.GetAttribute("alt") ?? ""), element);
                }
                while (element.FirstChild is { } child)
                {
                    parent.InsertBefore(child, element);
                }
                parent.RemoveChild(element);
            }
        };
        return sanitizer;
    }
}

public sealed class InvalidMarkdownException(string message, Exception inner) : Exception(message, inner);
