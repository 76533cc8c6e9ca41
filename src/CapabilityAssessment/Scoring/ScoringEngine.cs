using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Scoring;

/// <summary>Pure scoring of respondents and firms against the rules of one pinned instrument version.</summary>
internal static class ScoringEngine
{
    /// <summary>Stored with every profile; bump it whenever a rule below changes so stored profiles can be re-scored.</summary>
    public const string ScoringVersion = "1.0";

    public static RespondentScores Score(InstrumentDefinition instrument, Respondent respondent)
    {
        var plan = ScoringPlan.For(instrument);
        var scores = new List<ConstructScore>(plan.Constructs.Length);
        foreach (var construct in plan.Constructs)
            if (construct.IsAskedOf(respondent.Role)) scores.Add(Score(construct, respondent));
        return new RespondentScores(respondent.Id, respondent.Role, scores);
    }

    /// <summary>
    /// Weighted mean of the answered items, "don't know" counting as missing, then rescaled to 0-100:
    /// score = (mean - 1) / (points - 1) × 100, i.e. (mean − scale minimum) / scale range × 100 (issue #5).
    /// Below the construct's minimum number of answered items there is no score, only a reason.
    /// </summary>
    public static ConstructScore Score(ConstructPlan plan, Respondent respondent)
    {
        double sum = 0, weights = 0;
        var answered = 0;
        for (var i = 0; i < plan.ItemIds.Length; i++)
        {
            if (plan.Value(respondent.Answers, i, keyed: true) is not { } x) continue;
            sum += plan.Weights[i] * x;
            weights += plan.Weights[i];
            answered++;
        }
        var c = plan.Construct;
        if (answered < plan.MinAnswered)
            return new ConstructScore(c.Key, c.Layer, null, null, answered, plan.ItemIds.Length, plan.MinAnswered,
                new ScoreReason(ReasonCodes.TooFewAnswers,
                    $"{answered} of {plan.ItemIds.Length} items answered (\"don't know\" counts as unanswered); {plan.MinAnswered} needed"));
        var mean = sum / weights;
        return new ConstructScore(c.Key, c.Layer, (mean - 1) / (plan.Points - 1) * 100, mean, answered, plan.ItemIds.Length,
            plan.MinAnswered, null);
    }

    /// <summary>
    /// The firm's profile from its submitted respondents (others are ignored): construct scores with agreement, layers,
    /// the dynamic-capability index and weakest link, the management-mode profile and recommendations for the weakest constructs.
    /// </summary>
    public static FirmProfileScores Aggregate(InstrumentDefinition instrument, IReadOnlyList<Respondent> submitted)
    {
        var plan = ScoringPlan.For(instrument);
        var respondents = submitted.Where(r => r.HasSubmitted).OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id).ToList();
        var scores = respondents.Select(r => Score(instrument, r)).ToList();
        var constructs = plan.Constructs.Select(c => FirmAggregation.Construct(instrument, c, respondents, scores)).ToList();
        var layers = LayerScoring.Layers(instrument, constructs);
        return new FirmProfileScores(
            ScoringVersion, instrument.Key, instrument.Version, respondents.Count, constructs, layers,
            LayerScoring.Overall(instrument, layers),
            constructs.Where(c => c.Layer == Layer.ManagementMode).ToList(),
            LayerScoring.Recommendations(instrument, constructs, count: 3),
            constructs.Where(c => c.Agreement?.Low == true).Select(c => c.Construct).ToList(),
            scores);
    }
}
