using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring.Interpretations;
using static CapabilityAssessment.Tests.Scoring.TestInstrument;

namespace CapabilityAssessment.Tests.Scoring.Interpretations;

public sealed class bands_within_error
{
    private static readonly Band[] Bands =
        [
            new("nascent", 0, 40, Text("Nascent")), new("developing", 40, 70, Text("Developing")),
            new("advanced", 70, 100, Text("Advanced")),
        ];

    [Fact]
    public void a_score_whose_interval_lies_inside_one_band_is_certain()
    {
        // 55 ± 1.645·5 = [46.8, 63.2], inside developing [40, 70).
        var reading = BandWithinError.Read(Bands, 55, 5);
        Assert.True(reading.Certain);
        Assert.Equal("developing", reading.Lowest.Key);
        Assert.Equal(55 - BandWithinError.Z90 * 5, reading.Lower, 1e-12);
    }

    [Fact]
    public void a_score_near_a_cut_off_is_between_two_bands()
    {
        // 72 ± 8.2 = [63.8, 80.2]: the score's own band is advanced, but it may be developing.
        var reading = BandWithinError.Read(Bands, 72, 5);
        Assert.False(reading.Certain);
        Assert.Equal(("developing", "advanced"), (reading.Lowest.Key, reading.Highest.Key));
        // P(developing) = Φ((70 − 72)/5) − Φ((40 − 72)/5) = Φ(−0.4) − Φ(−6.4) = 0.344578…
        Assert.Equal(0.34457825838967582, reading.Probabilities[1].Probability, 1e-9);
        Assert.Equal(1, reading.Probabilities.Sum(p => p.Probability), 1e-12);
    }

    [Fact]
    public void the_interval_is_cut_to_the_scale()
    {
        var reading = BandWithinError.Read(Bands, 98, 5);
        Assert.Equal(100, reading.Upper);
        Assert.True(reading.Certain);
    }

    [Fact]
    public void a_negative_sem_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BandWithinError.Read(Bands, 50, -1));
        Assert.Equal("sem", error.ParamName);
    }
}
