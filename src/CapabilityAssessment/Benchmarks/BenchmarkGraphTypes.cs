using GraphQL.Types;

namespace CapabilityAssessment.Benchmarks;

public sealed class PeerGroupInput
{
    public string? Industry { get; set; }
    public string? Size { get; set; }
    public string? Country { get; set; }
    public string? Age { get; set; }

    public Dictionary<string, string> Values() => new Dictionary<string, string?>
    {
        [PeerDimensions.Industry] = Industry?.Trim().ToUpperInvariant(), [PeerDimensions.Size] = Size,
        [PeerDimensions.Country] = Country?.Trim().ToUpperInvariant(), [PeerDimensions.Age] = Age?.Trim(),
    }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!);
}

public sealed class SizeClassType : EnumerationGraphType
{
    public SizeClassType()
    {
        Name = "SizeClass";
        Description = "EU size class by employees (Commission Recommendation 2003/361/EC).";
        Add("MICRO", "micro", "Fewer than 10 employees.");
        Add("SMALL", "small", "10 to 49 employees.");
        Add("MEDIUM", "medium", "50 to 249 employees.");
        Add("LARGE", "large", "250 employees or more.");
    }
}

public sealed class PeerGroupInputType : InputObjectGraphType<PeerGroupInput>
{
    public PeerGroupInputType()
    {
        Name = "PeerGroupInput";
        Description = "No field: everyone. One field: that dimension. Two fields: a declared combination (industry+size, country+size).";
        Field(x => x.Industry, nullable: true).Description("NACE Rev. 2 section, A to U.");
        Field<SizeClassType>("size");
        Field(x => x.Country, nullable: true).Description("ISO 3166-1 alpha-2 code.");
        Field(x => x.Age, nullable: true).Description("Years since founding at the assessment's start: 0-4, 5-9, 10-19 or 20+.");
    }
}

public sealed class PeerGroupType : ObjectGraphType<PeerGroup>
{
    public PeerGroupType()
    {
        Name = "PeerGroup";
        Field(x => x.Dimension).Description("everyone, a dimension, or a combination such as industry+size.");
        Field(x => x.Value).Description("all, a value, or values joined by | such as C|small.");
    }
}

public sealed class MetricStatisticsType : ObjectGraphType<MetricStatistics>
{
    public MetricStatisticsType()
    {
        Name = "PeerStatistics";
        Description = "A released statistic comes from at least k firms; percentiles are read from 0.1-point histogram bins. Min and max are never released.";
        Field(x => x.Key).Description("Construct or layer key, or 'overall'.");
        Field(x => x.Metric).Description("The pooling key: constructs pool across instrument versions the crosswalk declares comparable.");
        Field(x => x.Suppressed);
        Field(x => x.Reason, nullable: true).Description("BELOW_THRESHOLD, COMPLEMENTARY, ... and why.");
        Field(x => x.N, nullable: true);
        Field(x => x.Mean, nullable: true).Description("Rounded to 0.01.");
        Field(x => x.StandardDeviation, nullable: true).Description("Sample SD (n - 1), rounded to 0.01.");
        Field(x => x.P10, nullable: true).Description("Only from Benchmarks:ExtremePercentilesFrom firms (default 10).");
        Field(x => x.P25, nullable: true);
        Field(x => x.P50, nullable: true);
        Field(x => x.P75, nullable: true);
        Field(x => x.P90, nullable: true).Description("Only from Benchmarks:ExtremePercentilesFrom firms (default 10).");
    }
}

public sealed class BenchmarkType : ObjectGraphType<BenchmarkResult>
{
    public BenchmarkType()
    {
        Name = "Benchmark";
        Field(x => x.InstrumentKey);
        Field(x => x.InstrumentVersion).Description("The version whose constructs are listed (the latest published).");
        Field(x => x.ScoringVersion);
        Field(x => x.Group);
        Field(x => x.Suppressed).Description("The group's firm count is withheld; each statistic says whether it is released.");
        Field(x => x.Reason, nullable: true);
        Field(x => x.N, nullable: true).Description("Firms in the group (each counts once, with its latest closed assessment).");
        Field(x => x.K).Description("The release threshold.");
        Field(x => x.Constructs);
        Field(x => x.Layers);
        Field(x => x.Overall);
    }
}

public sealed class PeerPercentileType : ObjectGraphType<PeerPercentile>
{
    public PeerPercentileType()
    {
        Name = "PeerPercentile";
        Field(x => x.Group);
        Field(x => x.Suppressed);
        Field(x => x.Reason, nullable: true);
        Field(x => x.N, nullable: true);
        Field(x => x.Percentile, nullable: true).Description("Percent of the group scoring below this score (interpolated in its 0.1-point bin), rounded to 0.1.");
    }
}
