using CapabilityAssessment.Scoring.Measurement;

namespace CapabilityAssessment.Tests.Scoring.Measurement;

/// <summary>
/// ICC(1)/ICC(2) against multilevel::ICC1/ICC2 on aov(score ~ firm), and rwg(j) against the formula in R per firm and
/// multilevel::rwg.j on complete raters (Reference/reference.R). Tolerance 1e-9: closed forms on the same numbers.
/// </summary>
public sealed class agreement_within_firms
{
    private static readonly ReferenceData Data = ReferenceData.OneFactor;

    private static IEnumerable<IGrouping<int, int?[]>> Firms(Func<int?[], bool>? keep = null) =>
        Data.Rows.Select((row, i) => (row, firm: Data.Firms[i])).Where(x => keep?.Invoke(x.row) ?? true)
            .GroupBy(x => x.firm, x => x.row).OrderBy(g => g.Key);

    [Fact]
    public void icc1_and_icc2_of_raters_nested_in_firms_match_the_multilevel_package()
    {
        var groups = Firms().Select(g => g.Select(r => r.OfType<int>().Average()).ToArray()).ToList();
        var icc = RaterAgreement.Icc(groups)!;
        Assert.Equal(Data.Value("icc1"), icc.Icc1, 1e-9);
        Assert.Equal(Data.Value("icc2"), icc.Icc2, 1e-9);
    }

    [Fact]
    public void rwg_j_under_the_uniform_and_the_slightly_skewed_null_match_r()
    {
        var firms = Firms().Where(g => g.Count() >= 2).ToList();
        Assert.Equal(Data.Values("rwg.firms"), firms.Select(g => (double)g.Key));
        for (var f = 0; f < firms.Count; f++)
        {
            var rwg = Rwg.Compute(firms[f].ToList(), 6, 5);
            Assert.Equal(Data.Values("rwg.j.2")[f], rwg.Uniform!.Value, 1e-9);
            Assert.Equal(Data.Values("rwg.j.1.34")[f], rwg.SlightlySkewed!.Value, 1e-9);
        }
    }

    [Fact]
    public void rwg_j_of_complete_raters_matches_multilevel_rwg_j()
    {
        var firms = Firms(row => row.All(v => v is not null)).Where(g => g.Count() >= 2).ToList();
        var expected = Data.Values("multilevel.rwg.j.2").Where(v => !double.IsNaN(v)).ToArray();
        Assert.Equal(expected.Length, firms.Count);
        for (var f = 0; f < firms.Count; f++)
            Assert.Equal(expected[f], Rwg.Compute(firms[f].ToList(), 6, 5).Uniform!.Value, 1e-9);
    }

    [Fact]
    public void the_slightly_skewed_null_has_the_published_variance()
    {
        Assert.Equal(1.34, Rwg.SlightlySkewedVariance(5)!.Value, 1e-12);   // LeBreton & Senter 2008, Table 2
        Assert.Equal(2.0, Rwg.UniformVariance(5), 1e-12);
        Assert.Null(Rwg.SlightlySkewedVariance(7));
    }

    [Fact]
    public void two_disagreeing_raters_are_never_flagged_but_three_are()
    {
        int?[][] two = [[1, 5, 1], [5, 1, 5]];
        int?[][] three = [[1, 5, 1], [5, 1, 5], [3, 3, 3]];
        var pair = Rwg.Compute(two, 3, 5);
        Assert.Equal(0, pair.Uniform);
        Assert.False(pair.LowAgreement);
        Assert.True(Rwg.Compute(three, 3, 5).LowAgreement);
    }

    [Fact]
    public void agreeing_raters_are_not_flagged_and_the_skewed_null_is_stricter()
    {
        int?[][] rows = [[4, 4, 5], [4, 5, 5], [5, 4, 4], [3, 4, 4]];
        var rwg = Rwg.Compute(rows, 3, 5);
        Assert.False(rwg.LowAgreement);
        Assert.True(rwg.SlightlySkewed < rwg.Uniform);
    }
}
