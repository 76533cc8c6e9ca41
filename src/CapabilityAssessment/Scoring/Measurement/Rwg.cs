namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>
/// rwg(j) of one firm's raters under the uniform null and the slightly skewed null (null when the scale has no stated
/// skewed null), the raters and items behind it, and whether low agreement may be flagged.
/// </summary>
internal sealed record RwgResult(double? Uniform, double? SlightlySkewed, int Raters, int Items, double? MeanVariance,
    bool LowAgreement);

internal static class Rwg
{
    /// <summary>No flag below 3 raters: with 2, rwg(j) rests on one difference per item and its sampling spread spans
    /// most of [0, 1] (Dunlap, Burke &amp; Smith-Crowe 2003, J. Applied Psychology 88:356-362).</summary>
    public const int MinimumRaters = 3;
    public const double LowAgreementCutoff = 0.70;

    /// <summary>
    /// The slightly skewed null of LeBreton &amp; Senter (2008, Organizational Research Methods 11:815-852, Table 2)
    /// for
    /// 5-point items: proportions .05 .15 .20 .35 .25, variance 1.34. Other scales have no stated skewed null here.
    /// </summary>
    public static readonly double[] SlightlySkewedFivePoint = [0.05, 0.15, 0.20, 0.35, 0.25];

    /// <summary>σ²_EU = (A² − 1)/12, the variance of a uniform null over A options (James, Demaree &amp; Wolf
    /// 1984).</summary>
    public static double UniformVariance(int points) => (points * points - 1) / 12.0;

    public static double? SlightlySkewedVariance(int points) => points == 5 ? Variance(SlightlySkewedFivePoint) : null;

    /// <summary>Variance of a null distribution given as probabilities of the options 1 … A.</summary>
    public static double Variance(IReadOnlyList<double> p)
    {
        double mean = 0, square = 0;
        for (var a = 0; a < p.Count; a++) { mean += p[a] * (a + 1); square += p[a] * (a + 1) * (a + 1); }
        return square - mean * mean;
    }

    /// <summary>
    /// rwg(j) = J(1 − s̄²/σ²E)/(J(1 − s̄²/σ²E) + s̄²/σ²E) (James, Demaree &amp; Wolf 1984, eq. 1):
    /// s̄² the mean of the items' sample variances (n − 1), each over the raters who answered that
    /// item (at least 2), J the items with a variance. s̄² above σ²E is truncated to σ²E, giving 0
    /// (LeBreton &amp; Senter 2008). Low agreement is flagged only with at least MinimumRaters
    /// raters and when even the uniform null, the most lenient, gives less than 0.70.
    /// rows[rater][item] = raw answer 1 … A or null.
    /// </summary>
    public static RwgResult Compute(IReadOnlyList<int?[]> rows, int items, int points,
        int minimumRaters = MinimumRaters)
    {
        double sum = 0;
        var j = 0;
        for (var i = 0; i < items; i++)
        {
            double n = 0, mean = 0, squares = 0;
            foreach (var row in rows)
            {
                if (row[i] is not { } x) continue;
                n++;
                var d = x - mean;
                mean += d / n;
                squares += d * (x - mean);
            }
            if (n < 2) continue;
            sum += squares / (n - 1);
            j++;
        }
        var raters = rows.Count(r => r.Take(items).Any(v => v is not null));
        if (j == 0) return new(null, null, raters, 0, null, false);
        var s = sum / j;
        var uniform = Of(s, UniformVariance(points), j);
        double? skewed = SlightlySkewedVariance(points) is { } v ? Of(s, v, j) : null;
        return new(uniform, skewed, raters, j, s, raters >= minimumRaters && uniform < LowAgreementCutoff);
    }

    private static double Of(double s, double nullVariance, int j)
    {
        var ratio = Math.Min(s, nullVariance) / nullVariance;
        return j * (1 - ratio) / (j * (1 - ratio) + ratio);
    }
}
