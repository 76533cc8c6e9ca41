using CapabilityAssessment.Assessments;

namespace CapabilityAssessment.Scoring;

/// <summary>Within-group agreement of a firm's respondents on one multi-item construct.</summary>
internal static class WithinGroupAgreement
{
    public const double LowAgreement = 0.70;

    /// <summary>
    /// rwg(j) = J(1 − s̄²/σ²E) / [J(1 − s̄²/σ²E) + s̄²/σ²E] (James, Demaree &amp; Wolf 1984, eq. 1), with σ²E = (A² − 1)/12 the
    /// variance of a uniform null over A response options and s̄² the mean of the items' sample variances (n − 1).
    /// Each item's variance is taken over the respondents who answered it (at least 2); J counts those items. Variance does not
    /// depend on reverse keying, so raw answers are used. When s̄² &gt; σ²E the formula leaves [0, 1]; following common practice
    /// rwg(j) is then set to 0 and marked truncated (LeBreton &amp; Senter 2008), and any value is clamped to [0, 1].
    /// </summary>
    public static Agreement Rwg(ConstructPlan plan, IReadOnlyList<Respondent> scored)
    {
        var nullVariance = (plan.Points * plan.Points - 1) / 12.0;
        double varianceSum = 0;
        var items = 0;
        for (var i = 0; i < plan.ItemIds.Length; i++)
        {
            if (SampleVariance(plan, scored, i) is not { } v) continue;
            varianceSum += v;
            items++;
        }
        if (items == 0) return new Agreement(null, 0, null, nullVariance, false, false);
        var meanVariance = varianceSum / items;
        var ratio = meanVariance / nullVariance;
        var truncated = meanVariance > nullVariance;
        var rwg = truncated ? 0 : Math.Clamp(items * (1 - ratio) / (items * (1 - ratio) + ratio), 0, 1);
        return new Agreement(rwg, items, meanVariance, nullVariance, truncated, rwg < LowAgreement);
    }

    private static double? SampleVariance(ConstructPlan plan, IReadOnlyList<Respondent> scored, int item)
    {
        double sum = 0;
        var n = 0;
        foreach (var respondent in scored)
            if (plan.Value(respondent.Answers, item, keyed: false) is { } x) { sum += x; n++; }
        if (n < 2) return null;
        var mean = sum / n;
        double squares = 0;
        foreach (var respondent in scored)
            if (plan.Value(respondent.Answers, item, keyed: false) is { } x) squares += (x - mean) * (x - mean);
        return squares / (n - 1);
    }
}
