using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Scoring;

/// <summary>Pure scoring of respondents and firms against the rules of one pinned instrument version.</summary>
internal static class ScoringEngine
{
    /// <summary>
    /// Stored with every profile; bump it whenever a rule below changes so stored profiles can be re-scored.
    /// </summary>
    public const string ScoringVersion = "1.2";

    public static RespondentScores Score(InstrumentDefinition instrument, Respondent respondent)
    {
        var plan = ScoringPlan.For(instrument);
        var scores = new List<ConstructScore>(plan.Constructs.Length);
        foreach (var construct in plan.Constructs)
            if (construct.IsAskedOf(respondent.Role)) scores.Add(Score(construct, respondent));
        return new RespondentScores(respondent.Id, respondent.Role, scores);
    }

    /// <summary>
    /// A scale (and a mean index): the weighted mean of the answered items, "don't know" counting as missing,
    /// rescaled to 0-100: score = (mean - 1) / (points - 1) × 100, i.e. (mean − scale minimum) / scale range × 100
    /// (issue #5). A count index: score = 100 × (items answered at or above the threshold) / (items), Mean holding
    /// the count (Laursen &amp; Salter 2006's breadth is such a count; instruments/README.md, "Kinds"). Below the
    /// construct's minimum number of answered items there is no score, only a reason. Facets are scored by the same
    /// rule over their own items, with at least 2 answered.
    /// </summary>
    public static ConstructScore Score(ConstructPlan plan, Respondent respondent)
    {
        var c = plan.Construct;
        var (score, mean, answered) = Compute(plan, respondent, null);
        var facets = plan.Facets is { Length: > 0 } ? Facets(plan, respondent) : null;
        if (answered < plan.MinAnswered)
            return new ConstructScore(c.Key, c.Layer, null, null, answered, plan.ItemIds.Length, plan.MinAnswered,
                new ScoreReason(ReasonCodes.TooFewAnswers,
                    $"{answered} of {plan.ItemIds.Length} items answered (\"don't know\" counts as unanswered); " +
                        $"{plan.MinAnswered} needed"),
                facets);
        return new ConstructScore(c.Key, c.Layer, score, mean, answered, plan.ItemIds.Length, plan.MinAnswered,
            null, facets);
    }

    private static FacetScore[] Facets(ConstructPlan plan, Respondent respondent)
    {
        var facets = new FacetScore[plan.Facets!.Length];
        for (var f = 0; f < facets.Length; f++)
        {
            var (score, _, answered) = Compute(plan, respondent, plan.Facets[f]);
            facets[f] = new FacetScore(plan.Construct.FacetList[f].Key,
                answered >= ConstructPlan.FacetMinAnswered ? score : null, answered, plan.Facets[f].Length);
        }
        return facets;
    }

    /// <param name="items">The item indexes to score (a facet), or null for all of the construct's items.</param>
    private static (double Score, double Mean, int Answered) Compute(ConstructPlan plan, Respondent respondent,
        int[]? items)
    {
        double sum = 0, weights = 0;
        int answered = 0, counted = 0;
        var n = items?.Length ?? plan.ItemIds.Length;
        for (var k = 0; k < n; k++)
        {
            var i = items?[k] ?? k;
            if (plan.Value(respondent.Answers, i, keyed: true) is not { } x) continue;
            sum += plan.Weights[i] * x;
            weights += plan.Weights[i];
            answered++;
            if (x >= plan.CountThreshold) counted++;
        }
        if (plan.CountThreshold is not null) return (100.0 * counted / n, counted, answered);
        var mean = answered > 0 ? sum / weights : double.NaN;
        return ((mean - 1) / (plan.Points - 1) * 100, mean, answered);
    }

    /// <summary>
    /// The firm's profile from its submitted respondents (others are ignored): construct scores with agreement, layers,
    /// the dynamic-capability index and weakest link, the management-mode profile. Recommendations need the norms
    /// (ProfileRecommendations).
    /// </summary>
    public static FirmProfileScores Aggregate(InstrumentDefinition instrument, IReadOnlyList<Respondent> submitted)
    {
        var plan = ScoringPlan.For(instrument);
        var respondents = submitted.Where(r => r.HasSubmitted).OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id).ToList();
        var scores = respondents.Select(r => Score(instrument, r)).ToList();
        var constructs = plan.Constructs.Select(
            c => FirmAggregation.Construct(instrument, c, respondents, scores)).ToList();
        var layers = LayerScoring.Layers(instrument, constructs);
        return new FirmProfileScores(
            ScoringVersion, instrument.Key, instrument.Version, respondents.Count, constructs, layers,
            LayerScoring.Overall(instrument, layers), scores);
    }
}
