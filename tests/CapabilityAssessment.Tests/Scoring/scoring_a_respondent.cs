using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Tests.Scoring;

public sealed class scoring_a_respondent
{
    private const double Exact = 1e-9;

    private static ConstructScore ScoreOne(string items, string answers, int points = 5, int? minAnswered = null)
    {
        var instrument = new TestInstrument(points).Construct("c", Layer.Cognitive, items, minAnswered).Build();
        return ScoringEngine.Score(instrument, TestRespondent.Create(answers)).Constructs.Single();
    }

    [Fact]
    public void scores_the_mean_on_a_0_to_100_scale()
    {
        // mean (4 + 5 + 3) / 3 = 4; (4 - 1) / (5 - 1) × 100 = 75
        var score = ScoreOne("a1 a2 a3", "a1=4 a2=5 a3=3");
        Assert.Equal(4, score.Mean!.Value, Exact);
        Assert.Equal(75, score.Score!.Value, Exact);
        Assert.Null(score.Reason);
    }

    [Fact]
    public void lowest_answers_score_0_and_highest_score_100()
    {
        Assert.Equal(0, ScoreOne("a1 a2 a3", "a1=1 a2=1 a3=1").Score!.Value, Exact);
        Assert.Equal(100, ScoreOne("a1 a2 a3", "a1=5 a2=5 a3=5").Score!.Value, Exact);
    }

    [Fact]
    public void a_seven_point_scale_uses_its_own_range()
    {
        // mean 5 on 1..7: (5 - 1) / 6 × 100 = 200/3
        Assert.Equal(200.0 / 3, ScoreOne("a1 a2 a3", "a1=4 a2=5 a3=6", points: 7).Score!.Value, Exact);
    }

    [Fact]
    public void reverse_keyed_items_score_points_plus_one_minus_the_answer()
    {
        // a2 answered 2 on 5 points is keyed 6 - 2 = 4; mean (4 + 4 + 3) / 3 = 11/3; (11/3 - 1) / 4 × 100 = 200/3
        var score = ScoreOne("a1 a2r a3", "a1=4 a2=2 a3=3");
        Assert.Equal(11.0 / 3, score.Mean!.Value, Exact);
        Assert.Equal(200.0 / 3, score.Score!.Value, Exact);
    }

    [Fact]
    public void weights_give_a_weighted_mean()
    {
        // (2×5 + 1×1 + 0.5×3) / (2 + 1 + 0.5) = 12.5 / 3.5 = 25/7; (25/7 - 1) / 4 × 100 = 450/7
        var score = ScoreOne("a1*2 a2 a3*0.5", "a1=5 a2=1 a3=3");
        Assert.Equal(25.0 / 7, score.Mean!.Value, Exact);
        Assert.Equal(450.0 / 7, score.Score!.Value, Exact);
    }

    [Fact]
    public void dont_know_is_missing_and_the_mean_uses_the_answered_items()
    {
        // a2 "don't know": mean (5 + 3 + 4) / 3 = 4 -> 75, with 3 of 4 answered (default minimum 3)
        var score = ScoreOne("a1 a2 a3 a4", "a1=5 a2=? a3=3 a4=4");
        Assert.Equal(75, score.Score!.Value, Exact);
        Assert.Equal(3, score.Answered);
        Assert.Equal(4, score.Items);
    }

    [Fact]
    public void below_the_minimum_there_is_no_score_but_a_reason_with_counts()
    {
        // 4 items: default minimum max(2, ceil(2 × 4 / 3)) = 3; two answered and one "don't know" is too few
        var score = ScoreOne("a1 a2 a3 a4", "a1=5 a2=? a3=3");
        Assert.Null(score.Score);
        Assert.Null(score.Mean);
        Assert.Equal(ReasonCodes.TooFewAnswers, score.Reason!.Code);
        Assert.Equal((2, 4, 3), (score.Answered, score.Items, score.MinAnswered));
        Assert.Contains("2 of 4", score.Reason.Message);
    }

    [Fact]
    public void a_declared_minimum_overrides_the_default()
    {
        Assert.Equal(100, ScoreOne("a1 a2 a3", "a1=5", minAnswered: 1).Score!.Value, Exact);
        Assert.Null(ScoreOne("a1 a2 a3 a4 a5 a6", "a1=5 a2=5 a3=5", minAnswered: 4).Score);
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 4)]
    [InlineData(6, 4)]
    public void the_default_minimum_is_two_thirds_of_the_items_and_at_least_two(int items, int expected)
    {
        var ids = string.Join(' ', Enumerable.Range(1, items).Select(i => $"a{i}"));
        Assert.Equal(expected, ScoreOne(ids, "").MinAnswered);
    }

    [Fact]
    public void answers_outside_the_scale_count_as_missing()
    {
        var score = ScoreOne("a1 a2 a3", "a1=9 a2=5 a3=5");
        Assert.Equal(2, score.Answered);
        Assert.Equal(100, score.Score!.Value, Exact);
    }

    [Fact]
    public void constructs_the_role_is_not_asked_are_left_out()
    {
        var instrument = new TestInstrument()
            .Module("inventory", keyInformant: true, "managing_director")
            .Construct("c", Layer.Cognitive, "a1 a2 a3")
            .Construct("mode", Layer.ManagementMode, "m1 m2 m3", module: "inventory").Build();

        var team = ScoringEngine.Score(instrument, TestRespondent.Create("a1=4", role: "management_team"));
        var director = ScoringEngine.Score(instrument, TestRespondent.Create("a1=4", role: "managing_director"));

        Assert.Equal(["c"], team.Constructs.Select(c => c.Construct));
        Assert.Equal(["c", "mode"], director.Constructs.Select(c => c.Construct));
    }
}
