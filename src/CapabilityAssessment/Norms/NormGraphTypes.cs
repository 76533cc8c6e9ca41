using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Scoring;
using GraphQL.Types;

namespace CapabilityAssessment.Norms;

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
        Description =
            "No field: everyone. One field: that dimension. Two fields: a declared combination (industry+size, " +
            "country+size).";
        Field(x => x.Industry, nullable: true).Description("NACE Rev. 2 section, A to U.");
        Field<SizeClassType>("size");
        Field(x => x.Country, nullable: true).Description("ISO 3166-1 alpha-2 code.");
        Field(x => x.Age, nullable: true)
            .Description("Years since founding at the assessment's start: 0-4, 5-9, 10-19 or 20+.");
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
        Description =
            "From a norm release: at least k firms, whole points, and changed only when k or more firms changed. Min " +
            "and max are never released.";
        Field(x => x.Key).Description("Construct or layer key, or 'overall'.");
        Field(x => x.Metric)
            .Description("The pooling key: constructs pool across instrument versions the crosswalk declares " +
                "comparable.");
        Field(x => x.Suppressed);
        Field(x => x.Reason, nullable: true).Description("BELOW_THRESHOLD, COMPLEMENTARY, ... and why.");
        Field(x => x.N, nullable: true);
        Field(x => x.Mean, nullable: true).Description("Whole points.");
        Field(x => x.StandardDeviation, nullable: true).Description("Sample SD (n - 1), whole points.");
        Field(x => x.P10, nullable: true)
            .Description("The mean of the k scores around the 10th percentile, whole points; only when k firms lie " +
                "below it (n >= 10k).");
        Field(x => x.P25, nullable: true).Description("As P10, from n >= 4k.");
        Field(x => x.P50, nullable: true).Description("As P10, from n >= 2k.");
        Field(x => x.P75, nullable: true).Description("As P10, from n >= 4k.");
        Field(x => x.P90, nullable: true).Description("As P10, from n >= 10k.");
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
        Field(x => x.Suppressed)
            .Description("The group's firm count is withheld; each statistic says whether it is released.");
        Field(x => x.Reason, nullable: true);
        Field(x => x.N, nullable: true)
            .Description("Firms in the group (each counts once, with its latest closed assessment).");
        Field(x => x.K).Description("The release threshold.");
        Field(x => x.Constructs);
        Field(x => x.Layers);
        Field(x => x.Overall);
        Field(x => x.Release, nullable: true).Description("The norm release read; null before any release.");
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
        Field(x => x.Percentile, nullable: true)
            .Description("Mid-rank percentile: 100 x (below + half of the tied) / n, ties at 0.1 points; " +
                "whole percent.");
        Field(x => x.Median, nullable: true).Description("The group's released median (whole points).");
        Field(x => x.Release, nullable: true).Description("The release's label when it is not the pinned one.");
    }
}

public sealed class NormReleaseType : ObjectGraphType<NormRelease>
{
    public NormReleaseType()
    {
        Name = "NormRelease";
        Description =
            "A dated, immutable release of peer statistics and reliability, cut by a schedule or `norms publish`.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Label).Description("What to cite, e.g. 'norms 2027-01-15'.");
        Field(x => x.PublishedAt);
        Field(x => x.ScoringVersion);
        Field(x => x.Firms).Description("Firms in the release (each once, with its latest closed assessment).");
        Field(x => x.K).Description("The release threshold: no group under k firms, no group changed by fewer than k.");
    }
}

public sealed class NormReliabilityType : ObjectGraphType<NormReliability>
{
    public NormReliabilityType()
    {
        Name = "ConstructReliability";
        Description =
            "One construct's reliability in a norm release, rounded; item-level statistics are in dataset " +
            "releases only.";
        Field(x => x.InstrumentVersion);
        Field(x => x.Construct);
        Field(x => x.Respondents).Description("Respondents in the release's sample, rounded down to tens.");
        Field(x => x.Firms).Description("Firms in the sample with a score on the construct.");
        Field(x => x.Alpha, nullable: true).Description("Cronbach's alpha, 0.01.");
        Field(x => x.Omega, nullable: true).Description("McDonald's omega total (one-factor), 0.01.");
        Field(x => x.Sd, nullable: true).Description("SD of respondents' 0-100 scores, 0.1.");
        Field(x => x.Sem, nullable: true).Description("One respondent's SEM = SD x sqrt(1 - alpha), 0.1.");
        Field(x => x.RaterSd, nullable: true)
            .Description("Within-firm SD of respondents' scores (sqrt MSW); a firm of m raters has SEM sqrt(max(MSW, " +
                "SEM^2) / m).");
        Field(x => x.Icc1, nullable: true).Description("ICC(1) of respondents in firms (Bliese 2000), 0.01.");
    }
}
