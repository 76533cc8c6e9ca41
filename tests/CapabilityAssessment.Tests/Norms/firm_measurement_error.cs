using CapabilityAssessment.Norms;

namespace CapabilityAssessment.Tests.Norms;

/// <summary>
/// A firm's SEM counts its raters: σ²w / m (Bliese 2000), never below one respondent's classical error.
/// </summary>
public sealed class firm_measurement_error
{
    private static NormReliability Construct(double? sem, double? raterSd) =>
        new(1, "c", 100, 40, 0.8, 0.8, 15, sem, raterSd, 0.3);

    [Fact]
    public void a_mean_of_four_raters_has_half_the_error_of_one_rater()
    {
        var construct = Construct(sem: 6, raterSd: 10);
        Assert.Equal(10, FirmError.Sem(construct, 1));
        Assert.Equal(5, FirmError.Sem(construct, 4));
    }

    [Fact]
    public void a_key_informant_is_one_rater_and_the_classical_sem_is_the_floor()
    {
        Assert.Equal(6, FirmError.Sem(Construct(sem: 6, raterSd: 4), 1));
        Assert.Equal(6, FirmError.Sem(Construct(sem: 6, raterSd: null), 1));
        Assert.Equal(3, FirmError.Sem(Construct(sem: 6, raterSd: null), 4));
        Assert.Null(FirmError.Sem(Construct(sem: null, raterSd: null), 2));
        Assert.Null(FirmError.Sem(null, 2));
    }
}
