namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>The standard normal distribution to double precision.</summary>
internal static class Normal
{
    private const double InvSqrt2Pi = 0.3989422804014327;

    public static double Density(double x) => InvSqrt2Pi * Math.Exp(-0.5 * x * x);

    /// <summary>Φ(x) by Hart's double-precision algorithm 5666 as given by West (2005, Wilmott, fig. 2);
    /// ~1e-15.</summary>
    public static double Cdf(double x)
    {
        if (double.IsNegativeInfinity(x)) return 0;
        if (double.IsPositiveInfinity(x)) return 1;
        var z = Math.Abs(x);
        double tail;
        if (z > 37) tail = 0;
        else
        {
            var e = Math.Exp(-z * z / 2);
            if (z < 7.07106781186547)
            {
                var n = ((((((3.52624965998911e-02 * z + 0.700383064443688) * z + 6.37396220353165) * z
                    + 33.912866078383) * z + 112.079291497871) * z + 221.213596169931) * z + 220.206867912376);
                var d = (((((((8.83883476483184e-02 * z + 1.75566716318264) * z + 16.064177579207) * z
                    + 86.7807322029461) * z + 296.564248779674) * z + 637.333633378831) * z + 793.826512519948) * z
                    + 440.413735824752);
                tail = e * n / d;
            }
            else tail = e / (z + 1 / (z + 2 / (z + 3 / (z + 4 / (z + 0.65))))) / 2.506628274631;
        }
        return x > 0 ? 1 - tail : tail;
    }

    /// <summary>
    /// Φ⁻¹(p): Acklam's rational approximation (relative error 1.15e-9) polished by two Halley steps on Cdf, which
    /// brings
    /// it to the precision of Cdf. ±∞ at 0 and 1.
    /// </summary>
    public static double Quantile(double p)
    {
        if (p <= 0) return double.NegativeInfinity;
        if (p >= 1) return double.PositiveInfinity;
        double x;
        if (p < 0.02425) x = Tail(Math.Sqrt(-2 * Math.Log(p)));
        else if (p > 1 - 0.02425) x = -Tail(Math.Sqrt(-2 * Math.Log(1 - p)));
        else
        {
            var q = p - 0.5;
            var r = q * q;
            x = (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
                + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
                / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
                + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1);
        }
        for (var step = 0; step < 2; step++)
        {
            var u = (Cdf(x) - p) / Density(x);
            x -= u / (1 + x * u / 2);
        }
        return x;
    }

    private static double Tail(double q) =>
        (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
            - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
        / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
            + 3.754408661907416e+00) * q + 1);
}
