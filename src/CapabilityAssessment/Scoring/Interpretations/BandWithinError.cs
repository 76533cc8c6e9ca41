using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring.Measurement;

namespace CapabilityAssessment.Scoring.Interpretations;

/// <summary>
/// Where a score lies among the bands once its error is counted: Certain when the whole interval lies in one band,
/// else the bands of its two ends ("between developing and advanced"); with the probability of each band.
/// </summary>
internal sealed record BandReading(Band Lowest, Band Highest, double Lower, double Upper,
    IReadOnlyList<(Band Band, double Probability)> Probabilities)
{
    public bool Certain => Lowest.Key == Highest.Key;
}

internal static class BandWithinError
{
    /// <summary>z of a two-sided 90% interval, the interval the review used.</summary>
    public const double Z90 = 1.6448536269514722;

    /// <summary>
    /// The interval score ± z·SEM (classical true-score interval; Lord &amp; Novick 1968, §3.8), cut to the bands'
    /// range;
    /// band probabilities P(From ≤ T &lt; To) = Φ((To − x)/SEM) − Φ((From − x)/SEM) under a normal
    /// error, the outer bands open-ended so the probabilities sum to 1. Bands are contiguous and
    /// sorted (validated on load; ScoreBands).
    /// </summary>
    public static BandReading Read(IReadOnlyList<Band> bands, double score, double sem, double z = Z90)
    {
        if (bands.Count == 0) throw new ArgumentException("An instrument needs at least one band", nameof(bands));
        if (!(sem >= 0)) throw new ArgumentOutOfRangeException(nameof(sem), sem, "The SEM must be 0 or more");
        double lower = Math.Max(score - z * sem, bands[0].From), upper = Math.Min(score + z * sem, bands[^1].To);
        var probabilities = new List<(Band, double)>(bands.Count);
        for (var i = 0; i < bands.Count; i++)
        {
            var from = i == 0 ? double.NegativeInfinity : bands[i].From;
            var to = i == bands.Count - 1 ? double.PositiveInfinity : bands[i].To;
            probabilities.Add((bands[i], sem > 0 ? Normal.Cdf((to - score) / sem) - Normal.Cdf((from - score) / sem)
                : score >= from && score < to ? 1 : 0));
        }
        return new(ScoreBands.Find(bands, lower)!, ScoreBands.Find(bands, upper)!, lower, upper, probabilities);
    }
}
