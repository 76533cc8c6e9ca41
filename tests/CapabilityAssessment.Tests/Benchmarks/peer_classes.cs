using CapabilityAssessment.Assessments;
using CapabilityAssessment.Benchmarks;

namespace CapabilityAssessment.Tests.Benchmarks;

public sealed class peer_classes
{
    [Theory]
    [InlineData(0, "micro"), InlineData(9, "micro"), InlineData(10, "small"), InlineData(49, "small"),
        InlineData(50, "medium")]
    [InlineData(249, "medium"), InlineData(250, "large"), InlineData(100_000, "large")]
    public void size_classes_follow_the_eu_headcount_bounds(int employees, string expected) =>
        Assert.Equal(expected, PeerDimensions.SizeClass(employees));

    [Fact]
    public void a_firm_without_a_headcount_has_no_size_class() => Assert.Null(PeerDimensions.SizeClass(null));

    [Theory]
    [InlineData(2024, "0-4"), InlineData(2020, "0-4"), InlineData(2019, "5-9"), InlineData(2015, "5-9"),
        InlineData(2014, "10-19")]
    [InlineData(2005, "10-19"), InlineData(2004, "20+"), InlineData(1850, "20+"), InlineData(2030, "0-4")]
    public void age_classes_count_years_since_founding_at_the_assessment(int founded, string expected) =>
        Assert.Equal(expected, PeerDimensions.AgeClass(founded, 2024, [5, 10, 20]));

    [Fact]
    public void age_classes_come_from_the_configured_bounds() =>
        Assert.Equal(["0-2", "3-9", "10+"], PeerDimensions.AgeClasses([3, 10]));

    [Fact]
    public void a_firm_belongs_to_everyone_each_known_dimension_and_the_declared_combinations()
    {
        var groups = new PeerGroups(new BenchmarkOptions().WithDefaults());
        var keys = groups.MembershipsOf(new FirmProfile("x", "FI", "C", 40, FoundingYear: 2010), 2024)
            .Select(g => g.Key);
        Assert.Equal(["everyone=all", "industry=C", "size=small", "country=FI", "age=10-19", "industry+size=C|small",
            "country+size=FI|small"], keys);
        var unknownSize = groups.MembershipsOf(new FirmProfile("x", "FI", "C"), 2024).Select(g => g.Key);
        Assert.Equal(["everyone=all", "industry=C", "country=FI"], unknownSize);
    }

    [Theory]
    [InlineData("sector", "C", "UNKNOWN_PEER_DIMENSION"), InlineData("industry", "Z", "UNKNOWN_PEER_VALUE")]
    [InlineData("country", "XX", "UNKNOWN_PEER_VALUE"), InlineData("age", "7", "UNKNOWN_PEER_VALUE")]
    public void unknown_dimensions_and_values_are_named(string dimension, string value, string code)
    {
        var (group, problem) = new PeerGroups(new BenchmarkOptions().WithDefaults())
            .Resolve(new Dictionary<string, string> { [dimension] = value });
        Assert.Null(group);
        Assert.Equal(code, problem!.Code);
    }

    [Fact]
    public void only_declared_combinations_can_be_asked_for()
    {
        var groups = new PeerGroups(new BenchmarkOptions().WithDefaults());
        Assert.Equal(new PeerGroup("industry+size", "C|small"),
            groups.Resolve(new Dictionary<string, string> { ["size"] = "small", ["industry"] = "C" }).Group);
        Assert.Equal("UNKNOWN_PEER_DIMENSION", groups.Resolve(
            new Dictionary<string, string> { ["industry"] = "C", ["country"] = "FI" }).Problem!.Code);
    }

    [Theory]
    [InlineData(2), InlineData(0), InlineData(-5)]
    public void k_below_3_is_refused_naming_the_setting(int k) =>
        Assert.Contains(new BenchmarkOptions { K = k }.WithDefaults().Problems(), p =>
            p.StartsWith("Benchmarks:K", StringComparison.Ordinal));
}
