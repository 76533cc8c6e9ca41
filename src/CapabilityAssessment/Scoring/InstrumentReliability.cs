using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Scoring;

/// <summary>
/// Reliability of every construct of one instrument version over all submitted respondents (across firms).
/// </summary>
internal static class InstrumentReliability
{
    /// <summary>
    /// Each construct's matrix holds the respondents whose role is asked it, with reverse-keyed answers and "don't
    /// know" as missing. Item weights are not applied: alpha and omega describe the unweighted sum. The standard error
    /// of measurement uses the respondents' 0-100 construct scores as the engine computes them (so weights and the
    /// minimum-answered rule apply there).
    /// </summary>
    public static IReadOnlyList<ConstructReliability> For(InstrumentDefinition instrument,
        IReadOnlyList<Respondent> submitted)
    {
        var respondents = submitted.Where(r => r.HasSubmitted).ToList();
        return ScoringPlan.For(instrument).Constructs.Select(plan =>
        {
            var asked = respondents.Where(r => plan.IsAskedOf(r.Role)).ToList();
            var rows = asked.Select(r => Row(plan, r)).ToList();
            var scores = asked.Select(r => ScoringEngine.Score(plan, r).Score).OfType<double>().ToList();
            var reliability = Reliability.Analyse(plan.Construct.Key, plan.ItemIds, rows);
            return plan.Construct.IsIndex
                ? NotAScale(reliability)
                : reliability with { MeasurementError = MeasurementError.From(reliability.Alpha, scores) };
        }).ToList();
    }

    /// <summary>
    /// An index's items need not correlate (formative or count), so alpha, omega, the SEM and the item-total statistics
    /// would be misread as its quality; only the descriptive item statistics (mean, SD, missing share) are kept.
    /// </summary>
    private static ConstructReliability NotAScale(ConstructReliability r)
    {
        var reason = new ScoreReason(ReasonCodes.IndexNotAScale,
            $"{r.Construct} is an index (formative or count): internal consistency does not apply");
        return r with
        {
            Alpha = null, AlphaReason = reason, Omega = null, OmegaReason = reason, MeasurementError = null,
            Items = r.Items.Select(i => i with { AlphaIfDeleted = null, ItemRest = null, Loading = null }).ToList(),
        };
    }

    public static double?[] Row(ConstructPlan plan, Respondent respondent)
    {
        var row = new double?[plan.ItemIds.Length];
        for (var i = 0; i < row.Length; i++) row[i] = plan.Value(respondent.Answers, i, keyed: true);
        return row;
    }
}
