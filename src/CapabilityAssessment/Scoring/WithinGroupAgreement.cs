using CapabilityAssessment.Assessments;
using CapabilityAssessment.Scoring.Measurement;

namespace CapabilityAssessment.Scoring;

/// <summary>Within-group agreement of a firm's respondents on one multi-item construct about the firm.</summary>
internal static class WithinGroupAgreement
{
    public const double LowAgreement = Measurement.Rwg.LowAgreementCutoff;

    /// <summary>Below this many raters nothing is flagged (Measurement.Rwg.MinimumRaters cites why).</summary>
    public const int MinimumRaters = Measurement.Rwg.MinimumRaters;

    /// <summary>
    /// rwg(j) (James, Demaree &amp; Wolf 1984, eq. 1) against the uniform null, σ²E = (A² − 1)/12, and against the
    /// slightly skewed null LeBreton &amp; Senter (2008, Table 2) recommend beside it for Likert items, where
    /// leniency makes the uniform null overstate agreement (5 points: variance 1.34 instead of 2). Each item's
    /// variance is taken over the respondents who answered it (at least 2); J counts those items; variance does not
    /// depend on reverse keying (nor does the null's, a mirrored distribution having the same variance), so raw
    /// answers are used. A mean variance above a null is truncated to it, giving 0. Low agreement is flagged only
    /// from 3 raters on and when even the uniform null, the more lenient of the two, gives less than 0.70: below 3
    /// raters rwg(j) rests on one difference per item.
    /// </summary>
    public static Agreement Rwg(ConstructPlan plan, IReadOnlyList<Respondent> scored)
    {
        var rows = scored.Select(r =>
        {
            var row = new int?[plan.ItemIds.Length];
            for (var i = 0; i < row.Length; i++)
                row[i] = plan.Value(r.Answers, i, keyed: false) is { } x ? (int)x : null;
            return row;
        }).ToList();
        var result = Measurement.Rwg.Compute(rows, plan.ItemIds.Length, plan.Points);
        var uniform = Measurement.Rwg.UniformVariance(plan.Points);
        return new Agreement(result.Uniform, result.Items, result.MeanVariance, uniform, result.MeanVariance > uniform,
            result.LowAgreement, result.SlightlySkewed, result.Raters);
    }

    /// <summary>
    /// Managers rating themselves (referent: self) may rightly differ, so their spread is no disagreement about the
    /// firm and no agreement index applies; the report shows the lowest and highest of their own scores instead.
    /// </summary>
    public static ScoreRange? OwnScores(IReadOnlyList<double> scores) =>
        scores.Count < 2 ? null : new ScoreRange(scores.Min(), scores.Max(), scores.Count);
}
