using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring.Interpretations;

namespace CapabilityAssessment.Scoring;

/// <summary>
/// The one recommendation rule: a construct is named only when it is reliably below the firm's own mean profile on a
/// common metric (Interpretations/Recommendations: Davis 1959, 95%). The metric is the T-score against the pinned
/// release's firms, T = 50 + 10·(x − M)/SD, with the firm's own error SEM_T = 10·SEM/SD (SEM from its
/// raters, FirmError): raw 0-100 scores of different constructs share no metric. Ties share a rank and
/// are never broken by instrument order.
/// </summary>
internal static class ProfileRecommendations
{
    public const string NoNorms = "NO_NORMS";
    public const string NothingStandsOut = "NOTHING_STANDS_OUT";

    public static (IReadOnlyList<RecommendationView> Recommendations, ReasonView? Reason) For(
        IReadOnlyList<ConstructScoreView> constructs, IReadOnlyDictionary<string, PinnedConstruct>? pins, int limit)
    {
        var candidates = constructs
            .Where(c => c.Kind == "scale" && c.Layer != Layer.ManagementMode.Key() && c.Layer != Layer.Outcome.Key()
                && c.Band?.Recommendation is not null)
            .Select(c => (View: c, Pin: pins?.GetValueOrDefault(c.Key)))
            .Where(x => x is { View.Score: not null, Pin: { Sem: not null, NormMean: not null, NormSd: > 0 } })
            .ToList();
        if (candidates.Count < 2)
            return ([], new ReasonView(NoNorms, "Recommendations compare the constructs on the norm release's metric: "
                + "they need a pinned release with released figures for two or more scored constructs."));
        var common = candidates.Select(x => new CommonScore(x.View.Key,
            50 + 10 * (x.View.Score!.Value - x.Pin!.NormMean!.Value) / x.Pin.NormSd!.Value,
            10 * x.Pin.Sem!.Value / x.Pin.NormSd.Value)).ToList();
        var result = Recommendations.Below(common, limit);
        if (result.NothingStandsOut)
            return ([], new ReasonView(NothingStandsOut, "No construct is reliably below the firm's own mean profile: "
                + "the differences between its constructs lie within measurement error (Davis 1959, 95%)."));
        var views = candidates.ToDictionary(x => x.View.Key, x => x.View);
        return (result.Constructs.Select(r => views[r.Construct] is var c
            ? new RecommendationView(c.Key, c.Title, c.Score!.Value, c.Band!.Key, c.Band.Recommendation!, r.Rank,
                Math.Round(r.BelowMean.Difference, 1), Math.Round(r.BelowMean.Z, 2))
            : null!).ToList(), null);
    }
}
