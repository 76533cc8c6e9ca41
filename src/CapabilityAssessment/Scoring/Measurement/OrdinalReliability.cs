namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>Reliability coefficients of the latent responses behind ordinal items.</summary>
internal static class OrdinalReliability
{
    /// <summary>
    /// Ordinal alpha (Zumbo, Gadermann &amp; Zeisser 2007, JMASM 6:21-29): Cronbach's alpha of the polychoric matrix,
    /// α = k/(k − 1)·(1 − k/Σ_ij r_ij).
    /// </summary>
    public static double Alpha(double[,] r)
    {
        var k = r.GetLength(0);
        double total = 0;
        foreach (var value in r) total += value;
        return k / (k - 1.0) * (1 - k / total);
    }

    /// <summary>
    /// Omega of the latent responses from standardised one-factor loadings: ω = (Σλ)²/((Σλ)² + Σ(1 − λ²))
    /// (McDonald 1999, eq. 6.20b; semTools::compRelSEM with obs.var = FALSE, ord.scale = FALSE).
    /// </summary>
    public static double Omega(double[] lambda)
    {
        double sum = 0, unique = 0;
        foreach (var l in lambda) { sum += l; unique += 1 - l * l; }
        return sum * sum / (sum * sum + unique);
    }
}
