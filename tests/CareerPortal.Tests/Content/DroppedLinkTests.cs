using CareerPortal.Web.Content;

namespace CareerPortal.Tests.Content;

/// <summary>A link the sanitizer refuses loses its link, not its words, and the preview says why.</summary>
public sealed class DroppedLinkTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("See [the plan](javascript:alert(1)) now.", "See the plan now.")]
    [InlineData("See [the **plan**](vbscript:x) now.", "See the plan now.")]
    [InlineData("See ![a chart](data:image/svg+xml;base64,PHN2Zz4=) now.", "See a chart now.")]
    public void A_refused_link_is_removed_and_its_text_kept(string markdown, string text)
    {
        var html = _renderer.Render(markdown);

        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Equal(text, System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "").Trim());
    }

    [Fact]
    public void The_preview_says_which_links_were_removed_and_why()
    {
        var preview = _renderer.Preview("[ok](https://example.org) and [bad](javascript:alert(1))");

        Assert.StartsWith("<p class=\"error\">One link was removed and its text kept: only web addresses (http, https) and email addresses (mailto) can be linked. The link on: “bad”.</p>", preview, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org\">ok</a>", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", preview, StringComparison.Ordinal);
    }

    [Fact]
    public void A_preview_with_only_good_links_says_nothing_and_rendering_is_unaffected_by_an_earlier_preview()
    {
        _renderer.Preview("[bad](javascript:alert(1))");

        Assert.DoesNotContain("class=\"error\"", _renderer.Preview("[ok](https://example.org) [mail](mailto:a@example.org) [here](#top)"), StringComparison.Ordinal);
        Assert.DoesNotContain("removed", _renderer.Render("[bad](javascript:alert(1))"), StringComparison.Ordinal);
    }
}
