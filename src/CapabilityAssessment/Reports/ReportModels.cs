namespace CapabilityAssessment.Reports;

/// <summary>
/// Everything the report template shows, already in words and formatted numbers: templates see only these flat records'
/// properties (no methods, no domain objects), and every value is printed through html.escape.
/// </summary>
internal sealed record ReportPage(
    string Lang, string Title, string SwitchUrl, string SwitchLang, string SwitchLabel, string PdfUrl,
    string PdfFileName, string FirmName, string InstrumentTitle, string InstrumentVersion, string ScoringVersion,
    int Respondents, string ScoredAt,
    OverallBlock Overall, IReadOnlyList<LayerRow> Layers, RadarView? Radar, string RadarDesc, string ScoredCount,
    IReadOnlyList<AreaBlock> Areas, IReadOnlyList<AreaSection> Sections,
    IReadOnlyList<RecommendationRow> Recommendations,
    IReadOnlyList<UnscoredRow> Unscored, string NormsText = "", IReadOnlyList<PeerSection>? Peers = null,
    string RecommendationsNote = "")
{
    public bool HasRecommendationsSection => HasRecommendations || RecommendationsNote.Length > 0;
    public bool HasPeers => Peers is { Count: > 0 };
    public bool HasRadar => Radar is not null;
    public IEnumerable<LayerRow> CoreLayers => Layers.Where(l => l.Core);
    public IEnumerable<LayerRow> OtherLayers => Layers.Where(l => !l.Core);
    public bool HasOtherLayers => Layers.Any(l => !l.Core);
    public bool HasAreas => Areas.Count > 0;
    public bool HasIntervals => Areas.Any(a => a.HasInterval);
    public bool HasRecommendations => Recommendations.Count > 0;
    public bool HasUnscored => Unscored.Count > 0;

    /// <summary>"Since your last assessment" (ChangeReport); null for a firm's first assessment.</summary>
    public ChangeSection? Change { get; init; }
    public bool HasChange => Change is not null;
    public FollowUpForm? FollowUp { get; init; }
    public bool HasFollowUp => FollowUp is not null;
}

/// <summary>
/// Construct blocks under one heading: the capability areas, then the management modes (its own section, per issue #5).
/// </summary>
internal sealed record AreaSection(string Id, string Title, IReadOnlyList<string> Notes,
    IReadOnlyList<AreaBlock> Areas);

/// <summary>The index beside the weakest link; Reason is set instead when either could not be computed.</summary>
internal sealed record OverallBlock(bool Scored, string Score, string Band, string WeakestLayer, string WeakestLink,
    string Reason);

/// <summary>
/// Core: one of the three layers the index and the weakest link are built from; the others are shown apart.
/// </summary>
internal sealed record LayerRow(string Title, string Score, string Band, bool Weakest, bool Core = true);

/// <summary>
/// One construct: its numbers, band words and bar. Low agreement carries the rwg(j) in AgreementText.
/// </summary>
internal sealed record AreaBlock(
    string Id, string Title, string LayerTitle, string Score, string Band, string BandText, string Recommendation,
    string RespondentsText, BarView Bar, bool HasInterval, string Interval, bool LowAgreement, string AgreementText,
    bool MoreIsNotBetter,
    bool IsIndex, IReadOnlyList<FacetRow> Facets)
{
    public bool HasFacets => Facets.Count > 0;
    public bool HasBand => Band.Length > 0;
    public bool HasBandText => BandText.Length > 0;
    public bool HasRecommendation => Recommendation.Length > 0;

    /// <summary>
    /// Self-rated constructs: the range of the managers' own scores in words, shown instead of any agreement.
    /// </summary>
    public string OwnScores { get; init; } = "";
    public bool HasOwnScores => OwnScores.Length > 0;
}

/// <summary>
/// A 0-100 bar as SVG attribute values (CSP forbids style attributes; SVG geometry attributes are fine).
/// </summary>
internal sealed record BarView(string Width, string Lower, string Upper, IReadOnlyList<string> Cuts);

/// <summary>A facet's sub-score, formatted ("not scored" when no respondent answered 2 of its items).</summary>
internal sealed record FacetRow(string Title, string Score);

internal sealed record RecommendationRow(string Id, string Title, string Score, string Band, string Text);

internal sealed record UnscoredRow(string Title, string Reason);

/// <summary>Report-owned pages (not ready, PDF unavailable) shown with the form's message template.</summary>
internal sealed record ReportMessage(int Status, string Code, string TitleKey, string MessageKey);
