using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Scoring;

/// <summary>One respondent's score on one construct; Score and Mean are null exactly when Reason is set.</summary>
internal sealed record ConstructScore(
    string Construct, Layer Layer, double? Score, double? Mean, int Answered, int Items, int MinAnswered,
    ScoreReason? Reason, IReadOnlyList<FacetScore>? Facets = null);

/// <summary>A facet's sub-score, by the construct's rule over the facet's items; null below 2 answered items.</summary>
internal sealed record FacetScore(string Facet, double? Score, int Answered, int Items);

/// <summary>The firm's facet score: the mean over respondents with a facet score, or the key informant's.</summary>
internal sealed record FirmFacetScore(string Facet, double? Score, int Respondents);

/// <summary>The constructs of the modules this respondent's role answers, in instrument order.</summary>
internal sealed record RespondentScores(Guid RespondentId, string Role, IReadOnlyList<ConstructScore> Constructs);

/// <summary>
/// A band on the 0-100 scale; Text and Recommendation come from the construct's rule (null for layers and the index).
/// </summary>
internal sealed record ScoreBand(string Key, LocalizedText Label, LocalizedText? Text, LocalizedText? Recommendation);

/// <summary>
/// rwg(j) for one construct (James, Demaree &amp; Wolf 1984) against the uniform null (Rwg) and the slightly skewed
/// null of LeBreton &amp; Senter (2008; RwgSlightlySkewed, null for scales without one). Rwg is null when no item was
/// answered by two of the scored respondents. Truncated: the observed variance exceeded the uniform null, so rwg(j) was
/// set to 0. Low is set only from Measurement.Rwg.MinimumRaters raters on (WithinGroupAgreement says why).
/// </summary>
internal sealed record Agreement(double? Rwg, int Items, double? MeanItemVariance, double NullVariance,
    bool Truncated, bool Low, double? RwgSlightlySkewed = null, int Raters = 0);

/// <summary>The lowest and highest of the managers' own scores on a self-rated construct (referent: self).</summary>
internal sealed record ScoreRange(double Lowest, double Highest, int Managers);

/// <summary>
/// The firm's score on one construct: the mean over scored respondents, or the key informant's score for a
/// key-informant module. Asked: respondents whose role answers the construct; Respondents: those with a score.
/// Agreement is null below 2 respondents and for self-rated constructs, which carry OwnScores (the range of the
/// managers' own scores, from 2 of them) instead.
/// </summary>
internal sealed record FirmConstructScore(
    string Construct, Layer Layer, double? Score, int Asked, int Respondents, Guid? KeyInformant, Agreement? Agreement,
    ScoreBand? Band, ScoreReason? Reason, IReadOnlyList<FirmFacetScore>? Facets = null, ScoreRange? OwnScores = null);

/// <summary>Mean of the scored constructs of one layer; Scored of Constructs says how complete it is.</summary>
internal sealed record LayerScore(Layer Layer, double? Score, int Constructs, int Scored, ScoreBand? Band,
    ScoreReason? Reason);

/// <summary>
/// The dynamic-capability index (mean of the cognitive, managerial and organisational layers) beside the weakest link
/// (the lowest of them): the seed finds all three necessary and none sufficient. Both are null, with a
/// reason, unless all three are scored.
/// </summary>
internal sealed record OverallIndex(
    double? Score, ScoreBand? Band, Layer? WeakestLayer, double? WeakestLinkScore, ScoreBand? WeakestLinkBand,
    ScoreReason? Reason);

/// <summary>
/// The firm's profile as scored (what closing stores, through AssessmentProfile). The management modes are constructs
/// of their own layer, shown as their own profile by ProfileViews; agreement is on each construct.
/// </summary>
internal sealed record FirmProfileScores(
    string ScoringVersion, string InstrumentKey, int InstrumentVersion, int Respondents,
    IReadOnlyList<FirmConstructScore> Constructs, IReadOnlyList<LayerScore> Layers, OverallIndex Overall,
    IReadOnlyList<RespondentScores> RespondentScores);
