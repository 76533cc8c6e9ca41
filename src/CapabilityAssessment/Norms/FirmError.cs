namespace CapabilityAssessment.Norms;

/// <summary>
/// The standard error of a firm's construct score. A firm's score is the mean of its m raters (a key informant is one
/// rater), and each rater differs from the firm's true score by their own view plus measurement error: the within-firm
/// variance σ²w (MSW of a one-way ANOVA on firms). The error variance of a mean of m raters is σ²w / m (Bliese
/// 2000; Snijders &amp; Bosker, Multilevel Analysis, 2012, §3.5: reliability of a group mean λ = τ² / (τ² +
/// σ²/m)). σ²w is never taken below one respondent's classical error variance SEM² = SD²(1 − α) (Lord &amp;
/// Novick 1968), which also stands in for it while fewer than 30 firms have two or more raters.
/// </summary>
internal static class FirmError
{
    public static double? Sem(NormReliability? construct, int raters)
    {
        if (construct is null || raters < 1) return null;
        var single = construct.Sem is { } s ? s * s : (double?)null;
        var within = construct.RaterSd is { } r ? r * r : (double?)null;
        var variance = (single, within) switch
        {
            ({ } a, { } b) => Math.Max(a, b),
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => (double?)null,
        };
        return variance is { } v ? Math.Round(Math.Sqrt(v / raters), 2) : null;
    }
}
