namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>The standard bivariate normal distribution with correlation ρ.</summary>
internal static class BivariateNormal
{
    private const double TwoPi = 2 * Math.PI;

    /// <summary>
    /// φ₂(x, y; ρ) = exp(−(x² − 2ρxy + y²) / (2(1 − ρ²))) /
    /// (2π√(1 − ρ²)); 0 at an infinite bound.
    /// </summary>
    public static double Density(double x, double y, double rho)
    {
        if (double.IsInfinity(x) || double.IsInfinity(y)) return 0;
        var s = 1 - rho * rho;
        return Math.Exp(-(x * x - 2 * rho * x * y + y * y) / (2 * s)) / (TwoPi * Math.Sqrt(s));
    }

    /// <summary>Φ₂(x, y; ρ) = P(X ≤ x, Y ≤ y), infinite bounds allowed.</summary>
    public static double Cdf(double x, double y, double rho)
    {
        if (double.IsNegativeInfinity(x) || double.IsNegativeInfinity(y)) return 0;
        if (double.IsPositiveInfinity(x)) return Normal.Cdf(y);
        if (double.IsPositiveInfinity(y)) return Normal.Cdf(x);
        return Upper(-x, -y, rho);
    }

    /// <summary>
    /// P(X &gt; h, Y &gt; k; r): Genz's BVND (Genz 2004, Statistics and Computing 14:251-260), after Drezner &amp;
    /// Wesolowsky
    /// (1990): Gauss-Legendre quadrature on 6, 12 or 20 points of the Plackett integral in asin r for |r| &lt; 0.925,
    /// else
    /// of the expansion around |r| = 1. Accurate to about 1e-15.
    /// </summary>
    private static double Upper(double h, double k, double r)
    {
        var (x, w) = Math.Abs(r) < 0.3 ? (X6, W6) : Math.Abs(r) < 0.75 ? (X12, W12) : (X20, W20);
        var hk = h * k;
        double bvn = 0;
        if (Math.Abs(r) < 0.925)
        {
            var hs = (h * h + k * k) / 2;
            var asr = Math.Asin(r);
            for (var i = 0; i < x.Length; i++)
            {
                var sn = Math.Sin(asr * (x[i] + 1) / 2);
                bvn += w[i] * Math.Exp((sn * hk - hs) / (1 - sn * sn));
                sn = Math.Sin(asr * (-x[i] + 1) / 2);
                bvn += w[i] * Math.Exp((sn * hk - hs) / (1 - sn * sn));
            }
            return bvn * asr / (2 * TwoPi) + Normal.Cdf(-h) * Normal.Cdf(-k);
        }
        if (r < 0) { k = -k; hk = -hk; }
        if (Math.Abs(r) < 1)
        {
            var aSq = (1 - r) * (1 + r);
            var a = Math.Sqrt(aSq);
            var bs = (h - k) * (h - k);
            var c = (4 - hk) / 8;
            var d = (12 - hk) / 16;
            bvn = a * Math.Exp(-(bs / aSq + hk) / 2)
                * (1 - c * (bs - aSq) * (1 - d * bs / 5) / 3 + c * d * aSq * aSq / 5);
            if (hk > -160)
            {
                var b = Math.Sqrt(bs);
                bvn -= Math.Exp(-hk / 2) * Math.Sqrt(TwoPi) * Normal.Cdf(-b / a) * b
                    * (1 - c * bs * (1 - d * bs / 5) / 3);
            }
            a /= 2;
            for (var i = 0; i < x.Length; i++)
            {
                var xs = Math.Pow(a * (x[i] + 1), 2);
                var rs = Math.Sqrt(1 - xs);
                bvn += a * w[i] * (Math.Exp(-bs / (2 * xs) - hk / (1 + rs)) / rs
                    - Math.Exp(-(bs / xs + hk) / 2) * (1 + c * xs * (1 + d * xs)));
                xs = aSq * Math.Pow(-x[i] + 1, 2) / 4;
                rs = Math.Sqrt(1 - xs);
                bvn += a * w[i] * Math.Exp(-(bs / xs + hk) / 2)
                    * (Math.Exp(-hk * (1 - rs) / (2 * (1 + rs))) / rs - (1 + c * xs * (1 + d * xs)));
            }
            bvn = -bvn / TwoPi;
        }
        if (r > 0) bvn += Normal.Cdf(-Math.Max(h, k));
        else bvn = -bvn + Math.Max(0, Normal.Cdf(-h) - Normal.Cdf(-k));
        return bvn;
    }

    // Gauss-Legendre nodes (negative half) and weights for 6, 12 and 20 points.
    private static readonly double[] X6 = [-0.9324695142031522, -0.6612093864662647, -0.2386191860831970];
    private static readonly double[] W6 = [0.1713244923791705, 0.3607615730481384, 0.4679139345726904];
    private static readonly double[] X12 = [-0.9815606342467191, -0.9041172563704750, -0.7699026741943050,
        -0.5873179542866171, -0.3678314989981802, -0.1252334085114692];
    private static readonly double[] W12 = [0.04717533638651177, 0.1069393259953183, 0.1600783285433464,
        0.2031674267230659, 0.2334925365383547, 0.2491470458134029];
    private static readonly double[] X20 = [-0.9931285991850949, -0.9639719272779138, -0.9122344282513259,
        -0.8391169718222188, -0.7463319064601508, -0.6360536807265150, -0.5108670019508271, -0.3737060887154196,
        -0.2277858511416451, -0.07652652113349733];
    private static readonly double[] W20 = [0.01761400713915212, 0.04060142980038694, 0.06267204833410906,
        0.08327674157670475, 0.1019301198172404, 0.1181945319615184, 0.1316886384491766, 0.1420961093183821,
        0.1491729864726037, 0.1527533871307259];
}
