using CareerPortal.Web.Pages.Search;

namespace CareerPortal.Tests.Pages.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData(null, "", new string[0])]
    [InlineData("   ", "", new string[0])]
    [InlineData("  Scrum   Master ", "Scrum Master", new[] { "scrum", "master" })]
    [InlineData("\"risk\", (management)!", "\"risk\", (management)!", new[] { "risk", "management" })]
    [InlineData("pmp PMP Pmp", "pmp PMP Pmp", new[] { "pmp" })]
    [InlineData("a\tb\nc\0d", "a b c d", new[] { "a", "b", "c", "d" })]
    [InlineData("%_[", "%_[", new[] { "%_" })]
    public void Parses_text_into_lower_case_terms(string? raw, string text, string[] terms)
    {
        var query = SearchQuery.Parse(raw);

        Assert.Equal(text, query.Text);
        Assert.Equal(terms, query.Terms);
    }

    [Fact]
    public void Long_input_is_cut_and_terms_are_capped()
    {
        Assert.Equal(SearchQuery.MaxLength, SearchQuery.Parse(new string('x', 10_000)).Text.Length);
        Assert.Equal(SearchQuery.MaxTerms, SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 50).Select(i => $"w{i}"))).Terms.Count);
    }

    [Fact]
    public void Highlighting_encodes_everything_and_adds_only_marks()
    {
        var html = Highlighter.Highlight("<b>Risk</b> & \"risky\" plans", ["risk", "<b"]).ToString();

        Assert.Equal("<mark>&lt;b</mark>&gt;<mark>Risk</mark>&lt;/b&gt; &amp; &quot;<mark>risk</mark>y&quot; plans", html);
    }

    [Fact]
    public void Overlapping_terms_make_one_mark()
    {
        Assert.Equal("<mark>Scrum Master</mark>", Highlighter.Highlight("Scrum Master", ["scrum m", "master", "rum"]).ToString());
    }

    [Fact]
    public void Snippets_are_cut_around_the_first_match()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler", 100)) + " the needle is here " + string.Join(' ', Enumerable.Repeat("tail", 100));

        var snippet = Highlighter.Snippet(text, ["needle"]);

        Assert.Contains("needle", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length <= 222);
    }
}
