namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>Central and noncentral chi-square distribution functions.</summary>
internal static class ChiSquare
{
    /// <summary>P(χ²_df ≤ x) = P(df/2, x/2), the regularised lower incomplete gamma function.</summary>
    public static double Cdf(double x, double df) => x <= 0 ? 0 : Gamma.LowerRegularized(df / 2, x / 2);

    /// <summary>
    /// P(χ²_df(λ) ≤ x) as the Poisson(λ/2) mixture of central chi-squares with df + 2j degrees of freedom
    /// (Johnson, Kotz &amp; Balakrishnan 1995, eq. 29.2), summed outwards from the largest Poisson weight.
    /// </summary>
    public static double NoncentralCdf(double x, double df, double lambda)
    {
        if (lambda <= 0) return Cdf(x, df);
        if (x <= 0) return 0;
        var half = lambda / 2;
        var mode = (int)Math.Floor(half);
        double total = 0;
        for (var j = mode; j >= 0; j--)
        {
            var term = Weight(j, half) * Cdf(x, df + 2 * j);
            total += term;
            if (term < 1e-17 && j < mode) break;
        }
        for (var j = mode + 1; j < mode + 100_000; j++)
        {
            var weight = Weight(j, half);
            total += weight * Cdf(x, df + 2 * j);
            if (weight < 1e-17) break;
        }
        return Math.Clamp(total, 0, 1);
    }

    private static double Weight(int j, double half) => Math.Exp(-half + j * Math.Log(half) - Gamma.LogGamma(j + 1));
}

internal static class Gamma
{
    private static readonly double[] Lanczos = [0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7];

    /// <summary>ln Γ(x), x &gt; 0, by the Lanczos approximation with g = 7, n = 9 (about 15 significant
    /// digits).</summary>
    public static double LogGamma(double x)
    {
        if (x < 0.5) return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        x -= 1;
        var a = Lanczos[0];
        var t = x + 7.5;
        for (var i = 1; i < 9; i++) a += Lanczos[i] / (x + i);
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(a);
    }

    /// <summary>P(a, x): series for x &lt; a + 1, else Lentz's continued fraction for Q (Numerical Recipes
    /// §6.2).</summary>
    public static double LowerRegularized(double a, double x)
    {
        if (x <= 0) return 0;
        var front = Math.Exp(-x + a * Math.Log(x) - LogGamma(a));
        if (x < a + 1)
        {
            double sum = 1 / a, term = sum;
            for (var n = 1; n < 10_000 && Math.Abs(term) > Math.Abs(sum) * 1e-17; n++) sum += term *= x / (a + n);
            return Math.Min(1, sum * front);
        }
        double b = x + 1 - a, c = 1 / 1e-300, d = 1 / b, h = d;
        for (var i = 1; i < 10_000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = an * d + b; if (Math.Abs(d) < 1e-300) d = 1e-300;
            c = b + an / c; if (Math.Abs(c) < 1e-300) c = 1e-300;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-16) break;
        }
        return Math.Max(0, 1 - front * h);
    }
}
