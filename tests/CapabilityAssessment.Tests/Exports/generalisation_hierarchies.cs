using CapabilityAssessment.Exports.Anonymisation;

namespace CapabilityAssessment.Tests.Exports;

public sealed class generalisation_hierarchies
{
    [Theory]
    [InlineData("FI", "Nordic")]
    [InlineData("IS", "Nordic")]
    [InlineData("LV", "Baltic")]
    [InlineData("DE", "Western Europe")]
    [InlineData("PT", "Southern Europe")]
    [InlineData("PL", "Central and Eastern Europe")]
    [InlineData("JP", "other")]
    public void countries_generalise_to_regions_then_to_all(string country, string region)
    {
        Assert.Equal(country, QuasiIdentifiers.Country.Generalise(country, 0));
        Assert.Equal(region, QuasiIdentifiers.Country.Generalise(country, 1));
        Assert.Equal("*", QuasiIdentifiers.Country.Generalise(country, 2));
    }

    [Theory]
    [InlineData("C", "B-E")]
    [InlineData("A", "A")]
    [InlineData("H", "G-I")]
    [InlineData("N", "M-N")]
    [InlineData("Q", "O-Q")]
    [InlineData("S", "R-U")]
    public void nace_sections_generalise_to_the_a10_groups(string section, string group) =>
        Assert.Equal(group, QuasiIdentifiers.Industry.Generalise(section, 1));

    [Theory]
    [InlineData("micro", "SME")]
    [InlineData("medium", "SME")]
    [InlineData("large", "large")]
    public void size_classes_generalise_to_sme_or_large(string size, string group) =>
        Assert.Equal(group, QuasiIdentifiers.Size.Generalise(size, 1));

    [Fact]
    public void missing_values_are_unknown_below_the_top_and_age_and_turnover_go_straight_to_all()
    {
        Assert.Equal("unknown", QuasiIdentifiers.Country.Generalise(null, 1));
        Assert.Equal("*", QuasiIdentifiers.Size.Generalise(null, 2));
        Assert.Equal("*", QuasiIdentifiers.Age.Generalise("5-9", 1));
        Assert.Equal("*", QuasiIdentifiers.Turnover.Generalise("under_2m", 1));
    }

    [Fact]
    public void pseudonyms_are_stable_within_a_release_and_differ_between_releases()
    {
        var id = Guid.NewGuid();
        using var first = Pseudonymiser.ForNewRelease();
        using var second = Pseudonymiser.ForNewRelease();
        Assert.Equal(first.Pseudonym(id), first.Pseudonym(id));
        Assert.NotEqual(first.Pseudonym(id), second.Pseudonym(id));
        Assert.NotEqual(first.Pseudonym(id), first.Pseudonym(Guid.NewGuid()));
        Assert.DoesNotContain(id.ToString("N")[..8], first.Pseudonym(id));
        Assert.Matches("^p[0-9a-f]{20}$", first.Pseudonym(id));
    }

    [Fact]
    public void dates_are_coarsened_to_the_month()
    {
        Assert.Equal("2026-03", Coarsening.Month(new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.Zero)));
        Assert.Equal("2026-04", Coarsening.Month(new DateTimeOffset(2026, 4, 1, 1, 30, 0, TimeSpan.FromHours(2))
            .AddHours(1)));
        Assert.Null(Coarsening.Month(null));
    }
}
