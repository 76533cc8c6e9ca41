using System.Globalization;

namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>
/// Runs the pieces for one construct: polychorics (pairwise), ULS one-factor fit and its indices, ordinal alpha and
/// omega
/// with percentile bootstrap intervals, parallel analysis and residuals, item-rest correlations; and words the
/// warnings.
/// </summary>
internal static class MeasurementModel
{
    public static ConstructMeasurement? Analyse(string construct, IReadOnlyList<string> itemIds,
        IReadOnlyList<int?[]> rows, MeasurementOptions options, out string? reason)
    {
        var k = itemIds.Count;
        var items = OrdinalItems.From(rows, k);
        var (rho, pairs) = Polychoric.Matrix(items);
        reason = k < 3 ? $"{construct}: a one-factor model needs at least 3 items; it has {k}"
            : Constant(items, itemIds) is { } item ? $"{construct}: item {item} has fewer than two different answers"
            : Unpaired(pairs, itemIds) is { } pair ? $"{construct}: no respondent answered both {pair}"
            : null;
        if (reason is not null) return null;

        var n = rows.Count;
        var solution = OneFactorUls.Fit(rho);
        var fit = ModelFit.OneFactor(rho, solution.Loadings, n);
        var dimensionality = Dimensionality.Check(rho, solution.Loadings, n, options.ParallelReplicates, options.Seed);
        var (alphaCi, omegaCi) = options.BootstrapReplicates > 0
            ? Bootstrap.AlphaOmega(items, options.BootstrapReplicates, options.Seed, options.Level)
            : (null, null);
        var smallest = int.MaxValue;
        foreach (var p in pairs) smallest = Math.Min(smallest, p);
        return new(construct, itemIds, n, smallest, rho, solution.Loadings, fit, OrdinalReliability.Alpha(rho), alphaCi,
            OrdinalReliability.Omega(solution.Loadings), omegaCi, dimensionality, ItemRest.Correlations(rows, k),
            Warnings(construct, itemIds, solution, dimensionality));
    }

    private static string? Constant(OrdinalItems items, IReadOnlyList<string> itemIds)
    {
        for (var i = 0; i < items.Count; i++)
            if (items.Thresholds[i].Length < 3) return itemIds[i];
        return null;
    }

    private static string? Unpaired(int[,] pairs, IReadOnlyList<string> itemIds)
    {
        for (var i = 0; i < itemIds.Count; i++)
            for (var j = 0; j < i; j++)
                if (pairs[i, j] == 0) return $"{itemIds[j]} and {itemIds[i]}";
        return null;
    }

    private static List<string> Warnings(string construct, IReadOnlyList<string> ids, UlsSolution solution,
        DimensionalityCheck d)
    {
        var c = CultureInfo.InvariantCulture;
        var warnings = new List<string>();
        var residual = string.Format(c, "items {0} and {1} correlate {2:+0.00;-0.00} beyond what one factor explains",
            ids[d.ResidualItem], ids[d.ResidualOtherItem], d.LargestResidual);
        if (d.LooksMultidimensional)
            warnings.Add(string.Format(c, "{0} may measure more than one thing: parallel analysis keeps {1} factors " +
                "(second eigenvalue {2:0.00}, random data {3:0.00}), and {4}. Its omega and alpha describe a mixture.",
                construct, d.Factors, d.Eigenvalues[1], d.RandomEigenvalues[1], residual));
        else if (d.LocalMisfit)
            warnings.Add($"{construct}: {residual} (more than {DimensionalityCheck.ResidualCutoff:0.00}).");
        if (!solution.Converged)
            warnings.Add($"{construct}: the one-factor fit did not converge; its figures are not reliable.");
        if (solution.Heywood)
            warnings.Add(
                $"{construct}: a loading reaches 1 or more (Heywood case); the one-factor model does not fit.");
        return warnings;
    }
}
