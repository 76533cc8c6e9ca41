namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>A percentile bootstrap interval (Efron &amp; Tibshirani 1993, §13.3) and how many resamples gave a
/// value.</summary>
internal sealed record Interval(double Lower, double Upper, int Replicates);

internal static class Bootstrap
{
    /// <summary>
    /// Percentile intervals for ordinal alpha and omega: respondents are drawn with replacement with a seeded
    /// System.Random (the seeded generator is stable across .NET versions), thresholds, polychorics and the ULS fit are
    /// re-estimated in each resample. A resample whose polychorics are undefined or whose fit does not converge is
    /// dropped and counted out of Replicates.
    /// </summary>
    public static (Interval Alpha, Interval Omega) AlphaOmega(OrdinalItems items, int replicates, int seed,
        double level = 0.95)
    {
        var random = new Random(seed);
        var draw = new int[items.Respondents];
        var alphas = new List<double>(replicates);
        var omegas = new List<double>(replicates);
        OrdinalItems? sample = null;
        for (var b = 0; b < replicates; b++)
        {
            for (var r = 0; r < draw.Length; r++) draw[r] = random.Next(items.Respondents);
            sample = items.Resample(draw, sample);
            var rho = Polychoric.Matrix(sample).Rho;
            if (rho.Cast<double>().Any(double.IsNaN)) continue;
            var fit = OneFactorUls.Fit(rho);
            if (!fit.Converged) continue;
            alphas.Add(OrdinalReliability.Alpha(rho));
            omegas.Add(OrdinalReliability.Omega(fit.Loadings));
        }
        return (Percentile(alphas, level), Percentile(omegas, level));
    }

    /// <summary>Quantiles (1 − level)/2 and (1 + level)/2 by linear interpolation (R's quantile type 7).</summary>
    public static Interval Percentile(List<double> values, double level)
    {
        if (values.Count == 0) return new(double.NaN, double.NaN, 0);
        values.Sort();
        return new(Quantile(values, (1 - level) / 2), Quantile(values, (1 + level) / 2), values.Count);
    }

    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }
}
