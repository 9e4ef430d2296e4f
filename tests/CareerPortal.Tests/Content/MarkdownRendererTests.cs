using AngleSharp.Html.Parser;
using CareerPortal.Web.Content;

namespace CareerPortal.Tests.Content;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](javascript&#58;alert(1))")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("[click](java%0ascript:alert(1))")]
    [InlineData("[click](\tjavascript:alert(1))")]
    [InlineData("[click](<javascript:alert(1)>)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("[ref]\n\n[ref]: javascript:alert(1)")]
    public void Links_with_unsafe_schemes_do_not_survive(string markdown) => AssertInert(_renderer.Render(markdown));

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("# Title {onclick=alert(1)}")]
    [InlineData("[x](https://example.org){onclick=alert(1)}")]
    [InlineData("text <style>body{display:none}</style>")]
    [InlineData("<form action=\"https://evil.example\"><input name=p></form>")]
    [InlineData("<object data=\"x.swf\"></object><embed src=\"x.swf\">")]
    public void Raw_html_and_attribute_tricks_come_out_inert(string markdown) => AssertInert(_renderer.Render(markdown));

    /// <summary>Parses the output as a browser would and fails on anything that could run:
    /// a dangerous element, an event-handler attribute, or a URL with a scheme other than http(s)/mailto.</summary>
    private static void AssertInert(string html)
    {
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        string[] forbidden = ["script", "style", "iframe", "frame", "object", "embed", "svg", "math", "form", "input", "button", "base", "meta", "link"];
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, forbidden);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name} in {html}");
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "srcset")
                {
                    var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                    var scheme = System.Text.RegularExpressions.Regex.Match(value, "^([a-zA-Z][a-zA-Z0-9+.-]*):");
                    Assert.True(!scheme.Success || scheme.Groups[1].Value.ToLowerInvariant() is "http" or "https" or "mailto",
                        $"unsafe URL '{attribute.Value}' in {html}");
                }
            }
        }
    }

    [Fact]
    public void Ordinary_markdown_keeps_its_structure_and_safe_links()
    {
        var html = _renderer.Render("## Heading\n\nSome **bold** text, [a link](https://example.org/a?b=1) and [mail](mailto:hr@example.org).\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n- one\n- two\n");

        Assert.Contains("<h2 id=\"text-heading\">Heading</h2>", html);
        Assert.Contains("<strong>bold</strong>", html);
        Assert.Contains("href=\"https://example.org/a?b=1\"", html);
        Assert.Contains("href=\"mailto:hr@example.org\"", html);
        Assert.Contains("<table>", html);
        Assert.Contains("<li>one</li>", html);
    }

    [Fact]
    public void Relative_links_to_our_own_pages_are_kept()
    {
        var html = _renderer.Render("See [the PMP page](/certifications/pmp).");

        Assert.Contains("href=\"/certifications/pmp\"", html);
    }

    [Theory]
    [InlineData("## Main", "text-main")]
    [InlineData("# Site search q", "text-site-search-q")]
    public void Heading_ids_never_collide_with_the_pages_own_ids(string heading, string id)
    {
        var html = _renderer.Render(heading + "\n\nText.\n");

        Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"main\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"site-search-q\"", html, StringComparison.Ordinal);
    }
}
