using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Scoring;

/// <summary>Reliability of every construct of one instrument version over all submitted respondents (across firms).</summary>
internal static class InstrumentReliability
{
    /// <summary>
    /// Each construct's matrix holds the respondents whose role is asked it, with reverse-keyed answers and "don't know" as missing.
    /// Item weights are not applied: alpha and omega describe the unweighted sum. The standard error of measurement uses the
    /// respondents' 0-100 construct scores as the engine computes them (so weights and the minimum-answered rule apply there).
    /// </summary>
    public static IReadOnlyList<ConstructReliability> For(InstrumentDefinition instrument, IReadOnlyList<Respondent> submitted)
    {
        var respondents = submitted.Where(r => r.HasSubmitted).ToList();
        return ScoringPlan.For(instrument).Constructs.Select(plan =>
        {
            var asked = respondents.Where(r => plan.IsAskedOf(r.Role)).ToList();
            var rows = asked.Select(r => Row(plan, r)).ToList();
            var scores = asked.Select(r => ScoringEngine.Score(plan, r).Score).OfType<double>().ToList();
            var reliability = Reliability.Analyse(plan.Construct.Key, plan.ItemIds, rows);
            return reliability with { MeasurementError = MeasurementError.From(reliability.Alpha, scores) };
        }).ToList();
    }

    public static double?[] Row(ConstructPlan plan, Respondent respondent)
    {
        var row = new double?[plan.ItemIds.Length];
        for (var i = 0; i < row.Length; i++) row[i] = plan.Value(respondent.Answers, i, keyed: true);
        return row;
    }
}
