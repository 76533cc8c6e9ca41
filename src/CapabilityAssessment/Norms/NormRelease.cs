namespace CapabilityAssessment.Norms;

/// <summary>
/// A published norm release of one instrument (all its versions; constructs pool where the crosswalk allows) under one
/// scoring version: cut at PublishedAt and never changed. Its cells (peer statistics per group and metric) are rows of
/// norm_cells; Reliability holds each construct's measurement statistics per instrument version. Label is what a
/// consultant cites ("norms 2027-01-15"). ReliabilitySequence: the release whose sample Reliability was computed on; it
/// is recomputed only once k or more firms changed since, so one submission never moves it.
/// </summary>
public sealed record NormRelease(
    Guid Id, string InstrumentKey, string ScoringVersion, long Sequence, string Label, DateTimeOffset PublishedAt,
    int Firms, int K, IReadOnlyList<NormReliability> Reliability, long ReliabilitySequence = 0);

/// <summary>
/// One construct's measurement statistics in a release, rounded: Respondents down to tens, Alpha, Omega and Icc1 to
/// 0.01, Sd, RaterSd and Sem to 0.1 points. Sem is one respondent's (classical, SD·√(1 − α)); RaterSd is the
/// within-firm standard deviation of respondents' scores (√MSW of a one-way ANOVA on firms), from which a firm's
/// error follows (FirmError). Null where too few scores (fewer than 30) or the construct is an index.
/// </summary>
public sealed record NormReliability(
    int InstrumentVersion, string Construct, int Respondents, int Firms, double? Alpha, double? Omega, double? Sd,
    double? Sem, double? RaterSd, double? Icc1);
