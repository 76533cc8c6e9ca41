using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Tests.Scoring;

public sealed class measurement_error
{
    private const double Exact = 1e-9;

    [Fact]
    public void sem_is_the_score_sd_times_the_root_of_one_minus_alpha_with_a_90_percent_interval()
    {
        // scores 0, 2, …, 58: sample variance 4 × 30 × 31 / 12 = 310; SEM = √310 × √(1 − 0.84) = 0.4√310
        var error = MeasurementError.From(0.84, Enumerable.Range(0, 30).Select(i => 2.0 * i).ToList())!;
        var sem = 0.4 * Math.Sqrt(310);
        Assert.Equal(Math.Sqrt(310), error.ScoreSd, Exact);
        Assert.Equal(sem, error.Sem, Exact);

        var interval = error.Interval(50);
        Assert.Equal(50 - 1.645 * sem, interval.Lower, Exact);
        Assert.Equal(50 + 1.645 * sem, interval.Upper, Exact);
        Assert.Equal(0, error.Interval(5).Lower, Exact);
        Assert.Equal(100, error.Interval(98).Upper, Exact);
    }

    [Fact]
    public void there_is_no_sem_below_30_scores_or_without_alpha()
    {
        Assert.Null(MeasurementError.From(0.84, Enumerable.Range(0, 29).Select(i => 2.0 * i).ToList()));
        Assert.Null(MeasurementError.From(null, Enumerable.Range(0, 30).Select(i => 2.0 * i).ToList()));
    }

    [Fact]
    public void reliability_uses_reverse_keyed_answers_of_the_respondents_asked_and_adds_the_sem_from_30_scores()
    {
        var instrument = new TestInstrument().Construct("c", Layer.Cognitive, "a1 a2 a3r").Build();
        // respondent r answers a1 = 1 + r % 5, a2 = 1 + (r + r / 5) % 5, a3 reversed so that keyed a3 = a1
        var respondents = Enumerable.Range(0, 30).Select(r => TestRespondent.Create(
            $"a1={1 + r % 5} a2={1 + (r + r / 5) % 5} a3={5 - r % 5}")).ToList();

        var reliability = InstrumentReliability.For(instrument, respondents).Single();
        var expected = Reliability.Analyse("c", ["a1", "a2", "a3"],
            Enumerable.Range(0, 30).Select(r => new double?[] { 1 + r % 5, 1 + (r + r / 5) % 5, 1 + r % 5 }).ToList());
        var scores = respondents.Select(r => ScoringEngine.Score(instrument, r).Constructs[0].Score!.Value).ToList();

        Assert.Equal(expected.Alpha!.Value, reliability.Alpha!.Value, Exact);
        Assert.Equal(expected.Items[2].Mean!.Value, reliability.Items[2].Mean!.Value, Exact);
        Assert.Equal(30, reliability.MeasurementError!.Scores);
        Assert.Equal(MeasurementError.From(expected.Alpha, scores)!.Sem, reliability.MeasurementError.Sem, Exact);
        Assert.Null(InstrumentReliability.For(instrument, respondents.Take(29).ToList()).Single().MeasurementError);
    }
}
