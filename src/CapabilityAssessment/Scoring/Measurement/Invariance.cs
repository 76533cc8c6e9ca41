namespace CapabilityAssessment.Scoring.Measurement;

internal enum InvarianceLevel { Configural, Metric, Scalar }

/// <summary>One level's fit and its change from the level below (null for configural).</summary>
internal sealed record InvarianceStep(InvarianceLevel Level, FitIndices Fit, double? DeltaCfi, double? DeltaRmsea,
    bool? Holds);

/// <summary>
/// Measurement invariance of a one-factor model of ordinal items across groups (e.g. fi/en), fitted by ULS to each
/// group's
/// thresholds and polychorics in the delta parameterisation, as lavaan 0.6 does with group.equal (first group: mean 0,
/// variance 1, scales 1):
/// configural, every group its own thresholds τ and loadings λ (factor variance 1);
/// metric, λ equal, factor variance ψ_g free in later groups: r_ij = ψ_g λ_i λ_j;
/// scalar, λ and τ equal, later groups free ψ_g, mean α_g and scales Δ_ig: τ*_ic = Δ_ig (τ_ic − λ_i α_g),
/// r*_ij = Δ_ig Δ_jg ψ_g λ_i λ_j.
/// F = Σ_g N_g Σ (residuals of thresholds and correlations)²; T = Σ_g (N_g − 1)·F_g, as lavaan's
/// standard ULS test. A level holds when CFI falls by at most 0.010 and RMSEA rises by at most 0.015
/// (Chen 2007, Structural Equation Modeling 14:464-504, for N &gt; 300 with equal groups; a descriptive
/// rule, since the ULS test is not scaled here).
/// </summary>
internal static class Invariance
{
    public const double CfiDrop = 0.010;
    public const double RmseaRise = 0.015;

    public static IReadOnlyList<InvarianceStep> Test(IReadOnlyList<OrdinalItems> groups)
    {
        var data = groups.Select(g => (Items: g, Rho: Polychoric.Matrix(g).Rho)).ToList();
        var steps = new List<InvarianceStep>();
        foreach (var level in Enum.GetValues<InvarianceLevel>())
        {
            var fit = new InvarianceModel(data, level).Fit();
            var previous = steps.LastOrDefault()?.Fit;
            double? deltaCfi = previous is null ? null : fit.Cfi - previous.Cfi;
            double? deltaRmsea = previous is null ? null : fit.Rmsea - previous.Rmsea;
            steps.Add(new(level, fit, deltaCfi, deltaRmsea,
                previous is null ? null : deltaCfi >= -CfiDrop && deltaRmsea <= RmseaRise));
        }
        return steps;
    }
}
