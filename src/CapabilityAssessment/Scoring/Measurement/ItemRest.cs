namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>
/// Corrected item-total (item-rest) correlations of the observed answers, r_i,rest = Σ_(j≠i) s_ij /
/// √(s_ii·Σ_(j,l≠i) s_jl), from covariances of pairwise-complete cases (each pair's own means, n − 1), as
/// psych::alpha(use = "pairwise") r.drop.
/// </summary>
internal static class ItemRest
{
    public static double[] Correlations(IReadOnlyList<int?[]> rows, int k)
    {
        var s = PairwiseCovariance(rows, k);
        var result = new double[k];
        for (var i = 0; i < k; i++)
        {
            double covariance = 0, rest = 0;
            for (var j = 0; j < k; j++)
            {
                if (j == i) continue;
                covariance += s[i, j];
                for (var l = 0; l < k; l++) if (l != i) rest += s[j, l];
            }
            result[i] = s[i, i] > 0 && rest > 0 ? covariance / Math.Sqrt(s[i, i] * rest) : double.NaN;
        }
        return result;
    }

    public static double[,] PairwiseCovariance(IReadOnlyList<int?[]> rows, int k)
    {
        var s = new double[k, k];
        for (var i = 0; i < k; i++)
            for (var j = 0; j <= i; j++)
            {
                double n = 0, mx = 0, my = 0, cxy = 0;
                foreach (var row in rows)
                {
                    if (row[i] is not { } x || row[j] is not { } y) continue;
                    n++;   // Welford's update keeps the cross-product accurate at any n
                    var dx = x - mx;
                    mx += dx / n;
                    my += (y - my) / n;
                    cxy += dx * (y - my);
                }
                s[i, j] = s[j, i] = n > 1 ? cxy / (n - 1) : double.NaN;
            }
        return s;
    }
}
