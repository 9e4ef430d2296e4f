using System.Globalization;
using System.Text;
using System.Xml;
using CareerPortal.Web.Api.Careers;
using CareerPortal.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerPortal.Web.Api.Embedding;

/// <summary><c>/careers/{career}/ladder.svg</c>: the career ladder the career page draws (the
/// staircase of <see cref="Pages.Careers.Ladder"/>), as a standalone SVG file that another site
/// can show with <c>&lt;img&gt;</c> or <c>&lt;object&gt;</c>. It names itself (title and desc),
/// each step is a link (absolute, so it works from elsewhere) to its level page, and it is styled
/// with presentation attributes only: no style attribute or element, so a strict CSP allows it.</summary>
public static class LadderImage
{
    public const string MediaType = "image/svg+xml";
    private const string Svg = "http://www.w3.org/2000/svg";
    private const string Font = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

    public static RouteHandlerBuilder MapLadderImage(this IEndpointRouteBuilder app) =>
        app.MapGet("/careers/{career}/ladder.svg", DrawAsync)
            .WithQuery()
            .Cached()
            .WithTags("Embeddable")
            .WithName("GetLadderImage")
            .WithSummary("The career ladder as an SVG image")
            .WithDescription("A standalone, accessible SVG of the career's levels and years, each step linking to its level page. "
                + "Embed it with <img src=\".../careers/{career}/ladder.svg\" alt=\"...\"> or, to keep the links working, <object>.")
            .Produces(StatusCodes.Status200OK, contentType: MediaType);

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> DrawAsync(
        string career, CareerDb db, ApiLinks links, CancellationToken cancellationToken)
    {
        if (await LoadedCareer.LoadAsync(db, career, cancellationToken) is not { } loaded)
        {
            return Problems.NotFound($"There is no career path '{career}'.");
        }
        var ladder = Pages.Careers.Ladder.For(loaded.Career, loaded.Career.Levels, loaded.Career.JobTitles);
        return TypedResults.Content(Draw(ladder, links), MediaType, Encoding.UTF8);
    }

    /// <summary>Alt text for the image: the same words as the SVG's own description.</summary>
    public static string Describe(Pages.Careers.Ladder ladder) => ladder.Steps.Count == 0
        ? $"The {ladder.CareerTitle} career path has no levels yet."
        : $"The {ladder.CareerTitle} career ladder in {ladder.Steps.Count} steps: "
            + string.Join("; ", ladder.Steps.Select(s => $"{s.Title}, {s.Years}")) + ".";

    internal static string Draw(Pages.Careers.Ladder ladder, ApiLinks links)
    {
        var picture = ladder.Wide;
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartElement("svg", Svg);
            xml.WriteAttributeString("viewBox", $"0 0 {N(picture.Width)} {N(Math.Max(picture.Height, 40))}");
            xml.WriteAttributeString("width", N(picture.Width));
            xml.WriteAttributeString("height", N(Math.Max(picture.Height, 40)));
            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("aria-labelledby", "ladder-title ladder-desc");
            xml.WriteAttributeString("font-family", Font);
            Element(xml, "title", $"{ladder.CareerTitle} career ladder", ("id", "ladder-title"));
            Element(xml, "desc", Describe(ladder), ("id", "ladder-desc"));
            foreach (var box in picture.Boxes)
            {
                var step = box.Rung;
                xml.WriteStartElement("a", Svg);
                xml.WriteAttributeString("href", links.Page($"/careers/{ladder.CareerSlug}/levels/{step.Slug}"));
                // In an <object> on another site, a step opens its page in the whole window.
                xml.WriteAttributeString("target", "_top");
                xml.WriteAttributeString("aria-label", $"{step.Title}, {step.Years}: see this level");
                xml.WriteStartElement("rect", Svg);
                Attributes(xml, ("x", N(box.X)), ("y", N(box.Y)), ("width", N(box.Width)), ("height", N(box.Height)), ("rx", "8"),
                    ("fill", "#f3f6fb"), ("stroke", "#1d4f91"), ("stroke-width", "1.5"));
                xml.WriteEndElement();
                foreach (var line in box.Lines)
                {
                    if (line.Bullet)
                    {
                        xml.WriteStartElement("circle", Svg);
                        Attributes(xml, ("cx", N(box.BulletX)), ("cy", N(line.Y - 5)), ("r", "2.5"), ("fill", "#4a5563"));
                        xml.WriteEndElement();
                    }
                    var (size, weight, fill) = line.Kind switch
                    {
                        "step-title" => ("18", "700", "#1d4f91"),
                        "step-years" => ("15", "600", "#4a5563"),
                        "step-more" => ("15", "400", "#4a5563"),
                        _ => ("15", "400", "#1b1f24"),
                    };
                    Element(xml, "text", line.Text, ("x", N(box.TextX(line))), ("y", N(line.Y)), ("font-size", size), ("font-weight", weight), ("fill", fill));
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return output.ToString();
    }

    private static void Element(XmlWriter xml, string name, string text, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name, Svg);
        Attributes(xml, attributes);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void Attributes(XmlWriter xml, params (string Name, string Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            xml.WriteAttributeString(name, value);
        }
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
