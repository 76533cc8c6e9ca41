namespace CapabilityAssessment.Scoring.Measurement;

/// <summary>How much resampling the report does; the seeds make a report reproducible.</summary>
internal sealed record MeasurementOptions(int BootstrapReplicates = 1000, int ParallelReplicates = 100,
    int Seed = 20261206, double Level = 0.95);

/// <summary>The measurement model of one construct (kind scale): what a reviewer asks for first.</summary>
internal sealed record ConstructMeasurement(
    string Construct,
    IReadOnlyList<string> ItemIds,
    int Respondents,
    int SmallestPair,
    double[,] Polychoric,
    double[] Loadings,
    FitIndices Fit,
    double OrdinalAlpha,
    Interval? AlphaInterval,
    double Omega,
    Interval? OmegaInterval,
    DimensionalityCheck Dimensionality,
    double[] ItemRest,
    IReadOnlyList<string> Warnings)
{
    public const string Estimator =
        "One-factor CFA by ULS on two-step polychoric correlations (delta parameterisation); "
        + "missing answers pairwise-available; standard (unscaled) test statistic, so fit indices are descriptive";
}
