using CareerPortal.Web.Data;
using CareerPortal.Web.Pages.Careers.SkillsCheck;

namespace CareerPortal.Tests.Pages.Careers.SkillsCheck;

/// <summary>The plan's rules without a database: the gap order, strengths, what changed, where
/// a reader stands and the timeline.</summary>
public sealed class PlanTests
{
    private static CheckSkill Skill(string slug) => new(slug, char.ToUpperInvariant(slug[0]) + slug[1..], SkillKind.Technical, "", [], []);

    private static CheckLevel Level(string slug, int order, int? min, int? max) =>
        new(slug, slug + " stage", order, min, max, "", [], null, [], []);

    private static CheckCareer Career(params CheckLevel[] levels) => new("c", "C", null, "v1", levels,
        [new CheckTitle("scrum-master", "Scrum Master", "mid", "")], new Dictionary<string, CheckSkill>(), [], [], []);

    [Fact]
    public void Gaps_come_most_important_first_then_farthest_then_by_name()
    {
        (CheckSkill, Importance)[] target =
        [
            (Skill("alpha"), Importance.Important), (Skill("bravo"), Importance.Essential), (Skill("charlie"), Importance.Essential),
            (Skill("delta"), Importance.Useful), (Skill("echo"), Importance.Essential), (Skill("foxtrot"), Importance.Important),
        ];
        var ratings = new Dictionary<string, Rating>
        {
            ["alpha"] = Rating.NotYet,      // important, 2 short
            ["bravo"] = Rating.Basics,      // essential, 1 short
            ["charlie"] = Rating.NotYet,    // essential, 2 short
            ["delta"] = Rating.NotYet,      // useful, 1 short of the basics
            ["echo"] = Rating.Basics,       // essential, 1 short: after bravo by name
            ["foxtrot"] = Rating.Basics,    // important, 1 short
        };

        var plan = SkillPlan.For(target, ratings);

        Assert.Equal(["charlie", "bravo", "echo", "alpha", "foxtrot", "delta"], plan.Gaps.Select(a => a.Skill.Slug));
        Assert.Equal([2, 1, 1, 2, 1, 1], plan.Gaps.Select(a => a.Distance));
        Assert.Empty(plan.Strengths);
    }

    [Fact]
    public void Met_skills_are_strengths_and_skipped_ones_are_neither_gaps_nor_strengths()
    {
        (CheckSkill, Importance)[] target =
        [
            (Skill("alpha"), Importance.Essential), (Skill("bravo"), Importance.Useful), (Skill("charlie"), Importance.Essential),
            (Skill("delta"), Importance.Important), (Skill("echo"), Importance.Essential),
        ];
        var ratings = new Dictionary<string, Rating>
        {
            ["alpha"] = Rating.AtWork, ["bravo"] = Rating.Basics, ["charlie"] = Rating.CouldTeach, ["delta"] = Rating.Skipped,
        };

        var plan = SkillPlan.For(target, ratings);

        Assert.Empty(plan.Gaps);
        Assert.Equal(["charlie", "alpha", "bravo"], plan.Strengths.Select(a => a.Skill.Slug));
        Assert.Equal(["delta", "echo"], plan.Unrated.Select(a => a.Skill.Slug));
    }

    [Theory]
    [InlineData(Importance.Essential, Rating.AtWork)]
    [InlineData(Importance.Important, Rating.AtWork)]
    [InlineData(Importance.Useful, Rating.Basics)]
    public void A_level_asks_more_of_the_skills_that_matter_more(Importance importance, Rating needed) =>
        Assert.Equal(needed, Ratings.Needed(importance));

    [Theory]
    [InlineData("0", Rating.Skipped)]
    [InlineData("4", Rating.CouldTeach)]
    [InlineData("5", null)]
    [InlineData("-1", null)]
    [InlineData("teach", null)]
    public void Ratings_outside_the_scale_are_ignored(string value, Rating? expected) => Assert.Equal(expected, Ratings.Parse(value));

    [Fact]
    public void Changes_name_skills_added_to_the_level_and_answered_skills_it_dropped()
    {
        var changes = GuideChanges.Between(["alpha", "gone", "bravo"], ["alpha", "bravo", "new"]);

        Assert.Equal(["new"], changes.Added);
        Assert.Equal(["gone"], changes.Removed);
        Assert.False(GuideChanges.Between(["alpha"], ["alpha"]).Any);
    }

    [Fact]
    public void Years_on_a_boundary_place_the_reader_on_the_lower_level_and_say_so()
    {
        var career = Career(Level("entry", 2, 2, 4), Level("mid", 3, 4, 7), Level("senior", 4, 7, null));

        var placement = Placement.Find(career, null, 4)!;

        Assert.Equal("entry", placement.Level.Slug);
        Assert.Contains("where entry stage (2-4 years) ends and mid stage (4-7 years) begins", placement.Note, StringComparison.Ordinal);
        Assert.Equal("senior", Placement.Find(career, null, 12)!.Level.Slug);
        Assert.Null(Placement.Find(career, null, null));
    }

    [Fact]
    public void A_title_places_the_reader_at_its_level_and_notes_years_that_do_not_fit()
    {
        var career = Career(Level("entry", 2, 2, 4), Level("mid", 3, 4, 7));

        var placement = Placement.Find(career, "scrum-master", 3)!;

        Assert.Equal("mid", placement.Level.Slug);
        Assert.Equal("Scrum Master", placement.Title);
        Assert.Contains("usually reached after 4 years and you have 3", placement.Note, StringComparison.Ordinal);
        Assert.Null(Placement.Find(career, "mid", 5)!.Note);
    }

    [Fact]
    public void The_timeline_comes_from_the_ladder_years_with_a_range_when_years_are_unknown()
    {
        var entry = Level("entry", 2, 2, 4);
        var mid = Level("mid", 3, 4, 7);
        var top = Level("director", 5, null, null);

        Assert.Contains("typically 0 to 2 years", Timeline.Describe(entry, mid, null), StringComparison.Ordinal);
        Assert.Contains("about 1 year more", Timeline.Describe(entry, mid, 3), StringComparison.Ordinal);
        Assert.Contains("already reach that", Timeline.Describe(entry, mid, 5), StringComparison.Ordinal);
        Assert.Contains("no typical years", Timeline.Describe(mid, top, 6), StringComparison.Ordinal);
        Assert.Contains("estimate", Timeline.Uncertainty, StringComparison.Ordinal);
    }
}
