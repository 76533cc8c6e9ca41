namespace CapabilityAssessment.Norms;

/// <summary>
/// The measurement-model report of a norm release (document id = the release's id), computed once when the release is
/// cut, on the release's reliability sample (NormReliabilitySample), and read as one document: never recomputed per
/// request. Constructs: one entry per instrument version and construct of kind scale.
/// </summary>
public sealed record MeasurementReport(
    Guid Id, string InstrumentKey, string ReleaseLabel, DateTimeOffset PublishedAt, string Estimator,
    int BootstrapReplicates, int ParallelReplicates, IReadOnlyList<ConstructModel> Constructs);

/// <summary>
/// One construct's model, rounded to 0.001 (chi-square 0.01). Reason is set, and the figures null, when no model could
/// be fitted (fewer than 3 items, an item with one answer, a pair nobody answered both of, too few respondents).
/// </summary>
public sealed record ConstructModel(
    int InstrumentVersion, string Construct, int Respondents, int Firms, int? SmallestPair, string? Reason,
    double? ChiSquare, int? Df, double? Cfi, double? Tli, double? Rmsea, double? RmseaLower, double? RmseaUpper,
    double? Srmr, double? OrdinalAlpha, double? AlphaLower, double? AlphaUpper, double? Omega, double? OmegaLower,
    double? OmegaUpper, double? SecondEigenvalue, double? RandomSecondEigenvalue, int? Factors, double? LargestResidual,
    IReadOnlyList<ItemModel> Items, IReadOnlyList<string> Warnings, double? Icc1, double? Icc2,
    IReadOnlyList<InvarianceRow> Invariance);

public sealed record ItemModel(string Item, double Loading, double ItemRest);

/// <summary>One level of an invariance test across the groups of one facet (language, role or version): Chen's (2007)
/// rule.</summary>
public sealed record InvarianceRow(string Facet, IReadOnlyList<string> Groups, string Level, double? Cfi, double? Rmsea,
    double? DeltaCfi, double? DeltaRmsea, bool? Holds);
