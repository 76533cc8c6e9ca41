using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Scoring;

/// <summary>
/// The stored profile of a closed assessment: numbers, band keys and reason codes only. Texts are looked
/// up in the pinned instrument version when shown, so a stored profile never carries stale wording.
/// Written in the closing transaction.
/// </summary>
public sealed record AssessmentProfile(
    Guid Id, string ScoringVersion, InstrumentRef Instrument, DateTimeOffset ScoredAt, int Respondents,
    IReadOnlyList<ProfileConstruct> Constructs, IReadOnlyList<ProfileLayer> Layers, ProfileOverall Overall)
{
    public string InstrumentKey => Instrument.Key;

    /// <summary>
    /// The stored form of the scores (closing writes the export row from the same scores, computed once).
    /// </summary>
    internal static AssessmentProfile From(Assessment state, FirmProfileScores scores, DateTimeOffset now) =>
        new(state.Id, scores.ScoringVersion, state.Instrument, now, scores.Respondents,
            scores.Constructs.Select(c => new ProfileConstruct(c.Construct, c.Layer.Key(), Round(c.Score), c.Asked,
                c.Respondents, Round(c.Agreement?.Rwg), c.Agreement?.Low == true, c.Band?.Key, c.Reason?.Code,
                c.Reason?.Message,
                c.Facets?.Select(f => new ProfileFacet(f.Facet, Round(f.Score), f.Respondents)).ToList(),
                Round(c.Agreement?.RwgSlightlySkewed),
                c.OwnScores is { } r ? new ProfileRange(Round(r.Lowest)!.Value, Round(r.Highest)!.Value, r.Managers)
                    : null)).ToList(),
            scores.Layers.Select(l => new ProfileLayer(l.Layer.Key(), Round(l.Score), l.Constructs, l.Scored,
                l.Band?.Key, l.Reason?.Code)).ToList(),
            new ProfileOverall(Round(scores.Overall.Score), scores.Overall.Band?.Key,
                scores.Overall.WeakestLayer?.Key(), Round(scores.Overall.WeakestLinkScore), scores.Overall.Reason?.Code,
                scores.Overall.Reason?.Message));

    // Scores are reported to 1e-9: enough for any comparison, and stable across serialisation.
    private static double? Round(double? value) => value is { } v ? Math.Round(v, 9) : null;
}

/// <summary>
/// Facets is null for a construct without facets (and in profiles stored before scoring version 1.1). Since scoring
/// version 1.2, RwgSlightlySkewed sits beside the uniform Rwg, LowAgreement needs 3 raters, and a self-rated construct
/// has OwnScores (the range of the managers' own scores) instead of any rwg; older profiles read with both null.
/// </summary>
public sealed record ProfileConstruct(
    string Key, string Layer, double? Score, int Asked, int Respondents, double? Rwg, bool LowAgreement, string? Band,
    string? Reason, string? ReasonMessage, IReadOnlyList<ProfileFacet>? Facets = null, double? RwgSlightlySkewed = null,
    ProfileRange? OwnScores = null);

/// <summary>
/// The lowest and highest of the managers' own 0-100 scores on a self-rated construct, and how many managers.
/// </summary>
public sealed record ProfileRange(double Lowest, double Highest, int Managers);

/// <summary>
/// A facet's firm score (null when no respondent answered 2 of its items) and how many respondents it rests on.
/// </summary>
public sealed record ProfileFacet(string Key, double? Score, int Respondents);

public sealed record ProfileLayer(string Layer, double? Score, int Constructs, int Scored, string? Band,
    string? Reason);

public sealed record ProfileOverall(double? Score, string? Band, string? WeakestLayer, double? WeakestLink,
    string? Reason, string? ReasonMessage);
