namespace CapabilityAssessment.Scoring;

/// <summary>
/// A closed assessment's profile pinned to one norm release (document id = the assessment's): its error, interval, band
/// reading and peer percentiles, computed once, so the web report, the PDF and GraphQL show the same numbers forever.
/// Written when the assessment closes (against the latest release) or, if none existed then, by the next publish.
/// </summary>
public sealed record ProfileNorms(
    Guid Id, Guid ReleaseId, string Label, DateTimeOffset PublishedAt, int Firms, string ScoringVersion,
    IReadOnlyList<PinnedConstruct> Constructs);

/// <summary>Sem: the firm's standard error from Raters raters (FirmError); Lower/Upper its 90% interval; BandLow and
/// BandHigh the bands of the interval's ends (equal: the band is certain). NormMean and NormSd: the firms' mean and SD
/// of the construct in the release's everyone group (null while withheld), the common
/// metric recommendations use.</summary>
public sealed record PinnedConstruct(string Key, int Raters, double? Sem, double? Lower, double? Upper, string? BandLow,
    string? BandHigh, IReadOnlyList<PinnedPeers> Peers, double? NormMean = null, double? NormSd = null);

/// <summary>Where the score falls in one of the firm's peer groups in the release: mid-rank percentile, the released
/// median, or why the group is withheld.</summary>
public sealed record PinnedPeers(string Group, bool Suppressed, string? Reason, int? N, int? Percentile,
    double? Median);
