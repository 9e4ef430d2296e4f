using CareerPortal.Web.Seo;

namespace CareerPortal.Tests.Seo;

public sealed class MetaTextTests
{
    private const string Context = "A chapter of the Test Analyst career guide, from first job to the top.";

    [Fact]
    public void A_description_that_fits_is_kept_as_it_is()
    {
        const string Text = "What a test analyst does all day, who they work with and why it matters.";

        Assert.Equal(Text, MetaText.Describe(Text, Context));
    }

    [Fact]
    public void A_short_description_is_followed_by_the_page_context()
    {
        var description = MetaText.Describe("Staying calm when a bug hides", Context);

        Assert.Equal($"Staying calm when a bug hides. {Context}", description);
        Assert.InRange(description.Length, MetaText.MinLength, MetaText.MaxLength);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_missing_description_becomes_the_page_context(string? text)
    {
        Assert.Equal(Context, MetaText.Describe(text, Context));
    }

    [Fact]
    public void A_long_description_is_cut_after_a_whole_word_with_an_ellipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("testing", 40));

        var description = MetaText.Describe(text, Context);

        Assert.InRange(description.Length, MetaText.MinLength, MetaText.MaxLength);
        Assert.EndsWith("testing…", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_and_runs_of_spaces_become_single_spaces()
    {
        Assert.Equal("One line of text, long enough to stand on its own as a description.",
            MetaText.Describe("One line\nof text,   long enough\r\nto stand on its own as a description.", Context));
    }

    [Fact]
    public void A_word_longer_than_the_room_is_cut_where_it_must_be()
    {
        var description = MetaText.Cut(new string('x', 300), 160);

        Assert.Equal(160, description.Length);
        Assert.EndsWith("…", description, StringComparison.Ordinal);
    }
}
