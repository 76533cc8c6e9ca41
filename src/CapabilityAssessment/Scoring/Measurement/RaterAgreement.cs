namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>ICC(1) and ICC(2) of respondents nested in firms, with the one-way ANOVA behind them.</summary>
internal sealed record NestedIcc(double Icc1, double Icc2, double MeanSquareBetween, double MeanSquareWithin,
    int Groups, int Respondents);

internal static class RaterAgreement
{
    /// <summary>
    /// Bliese (2000, in Klein &amp; Kozlowski, Multilevel Theory, Research, and Methods in Organizations, pp.
    /// 349-381), from a
    /// one-way ANOVA of the respondents' scores on their firm: ICC(1) = (MSB − MSW)/(MSB + (n̄ − 1)·MSW), the
    /// share of a single rater's variance due to the firm; ICC(2) = (MSB − MSW)/MSB, the reliability of a firm's
    /// mean. n̄ = N/G, the mean group size, as multilevel::ICC1 uses. Every group counts (a lone rater adds to MSB
    /// only). Null with fewer than 2 groups or no within-group degrees of freedom.
    /// </summary>
    public static NestedIcc? Icc(IReadOnlyList<double[]> groups)
    {
        var present = groups.Where(x => x.Length > 0).ToList();
        int g = present.Count, n = present.Sum(x => x.Length);
        if (g < 2 || n - g < 1) return null;
        var grand = present.SelectMany(x => x).Average();
        double between = 0, within = 0;
        foreach (var group in present)
        {
            var mean = group.Average();
            between += group.Length * (mean - grand) * (mean - grand);
            foreach (var y in group) within += (y - mean) * (y - mean);
        }
        double msb = between / (g - 1), msw = within / (n - g), size = n / (double)g;
        return new((msb - msw) / (msb + (size - 1) * msw), (msb - msw) / msb, msb, msw, g, n);
    }
}
