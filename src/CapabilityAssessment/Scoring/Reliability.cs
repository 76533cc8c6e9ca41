namespace CapabilityAssessment.Scoring;

/// <summary>
/// Classical item analysis of one construct over a respondent × item matrix (already reverse-keyed, null = missing).
/// </summary>
internal static class Reliability
{
    private const double Zero = 1e-12;

    public static ConstructReliability Analyse(string construct, IReadOnlyList<string> itemIds,
        IReadOnlyList<double?[]> rows)
    {
        var k = itemIds.Count;
        var complete = rows.Where(r => r.All(v => v is not null))
            .Select(r => r.Select(v => v!.Value).ToArray())
            .ToList();
        var cov = complete.Count >= 2 && k >= 1 ? Covariance(complete, k) : null;
        var all = Enumerable.Range(0, k).ToArray();

        ScoreReason? reason = k < 2 ? new(ReasonCodes.TooFewItems,
            $"Alpha needs at least 2 items; the construct has {k}")
            : cov is null ? new(ReasonCodes.TooFewCompleteCases,
                $"{complete.Count} respondent(s) answered every item; at least 2 needed")
            : Alpha(cov, all) is null ? new(ReasonCodes.ZeroVariance, "Every complete case has the same total score")
            : null;
        var alpha = reason is null ? Alpha(cov!, all) : null;
        var factor = cov is null
            ? new OneFactorFit(null, null, reason ?? new(ReasonCodes.TooFewCompleteCases,
                "Fewer than 2 complete cases"), 0)
            : OneFactorModel.Fit(cov);

        var items = all.Select(i =>
        {
            var values = rows.Select(r => r[i]).OfType<double>().ToArray();
            var mean = values.Length > 0 ? values.Average() : (double?)null;
            var sd = values.Length > 1 ? Math.Sqrt(
                values.Sum(v => (v - mean!.Value) * (v - mean.Value)) / (values.Length - 1)) : (double?)null;
            var shareMissing = rows.Count > 0 ? (rows.Count - values.Length) / (double)rows.Count : (double?)null;
            var deleted = cov is not null && k >= 3 ? Alpha(cov, all.Where(j => j != i).ToArray()) : null;
            return new ItemStatistics(itemIds[i], values.Length, mean, sd, shareMissing, deleted,
                cov is null ? null : ItemRest(cov, i), factor.Loadings?[i]);
        }).ToList();
        return new ConstructReliability(construct, rows.Count, complete.Count, alpha, reason, factor.Omega,
            factor.Reason, items, null);
    }

    /// <summary>Sample covariances (n − 1) of the complete cases.</summary>
    public static double[,] Covariance(IReadOnlyList<double[]> cases, int k)
    {
        var means = new double[k];
        foreach (var row in cases)
            for (var i = 0; i < k; i++) means[i] += row[i];
        for (var i = 0; i < k; i++) means[i] /= cases.Count;
        var cov = new double[k, k];
        foreach (var row in cases)
            for (var i = 0; i < k; i++)
                for (var j = 0; j <= i; j++) cov[i, j] += (row[i] - means[i]) * (row[j] - means[j]);
        for (var i = 0; i < k; i++)
            for (var j = 0; j <= i; j++) cov[j, i] = cov[i, j] /= cases.Count - 1;
        return cov;
    }

    /// <summary>
    /// Cronbach (1951): alpha = k/(k − 1) × (1 − Σ s²_i / s²_total), s²_total being
    /// the variance of the unweighted sum.
    /// </summary>
    private static double? Alpha(double[,] cov, int[] items)
    {
        double itemVariances = 0, total = 0;
        foreach (var i in items)
        {
            itemVariances += cov[i, i];
            foreach (var j in items) total += cov[i, j];
        }
        var k = items.Length;
        return total <= Zero ? null : k / (k - 1.0) * (1 - itemVariances / total);
    }

    /// <summary>
    /// Corrected item-total (item-rest) correlation: Pearson r between item i and the sum of the other items,
    /// cov(i, rest) = Σ_{j≠i} s_ij and var(rest) = Σ_{j,l≠i} s_jl. Null when either has no variance.
    /// </summary>
    private static double? ItemRest(double[,] cov, int i)
    {
        var k = cov.GetLength(0);
        double covariance = 0, rest = 0;
        for (var j = 0; j < k; j++)
        {
            if (j == i) continue;
            covariance += cov[i, j];
            for (var l = 0; l < k; l++)
                if (l != i) rest += cov[j, l];
        }
        return k < 2 || cov[i, i] <= Zero || rest <= Zero ? null : covariance / Math.Sqrt(cov[i, i] * rest);
    }
}
