using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Scoring;

public sealed record BandView(string Key, string Label, string? Text, string? Recommendation);

public sealed record ReasonView(string Code, string Message);

/// <param name="Kind">"scale" or "index" (an index has no band, interval or recommendation).</param>
/// <param name="BandLow">With BandHigh, the bands of the interval's ends (pinned); the band
/// is certain when they agree.</param>
/// <param name="Peers">Percentiles in the firm's peer groups in the pinned norm release
/// (empty before any release).</param>
public sealed record ConstructScoreView(
    string Key, string Layer, string Title, double? Score, BandView? Band, int Asked, int Respondents,
    double? Agreement, bool LowAgreement, ReasonView? Reason, ScoreInterval? Interval = null, string Kind = "scale",
    IReadOnlyList<FacetScoreView>? Facets = null, double? AgreementSlightlySkewed = null,
    ProfileRange? OwnScores = null, BandView? BandLow = null, BandView? BandHigh = null,
    IReadOnlyList<PinnedPeers>? Peers = null, InstrumentRef? Instrument = null, string? ScoringVersion = null,
    Guid? NormRelease = null, string? BandWithinError = null);

/// <summary>
/// The norm release a profile is pinned to: what to print beside its numbers ("norms of 2027-01-15, 240 firms").
/// </summary>
public sealed record NormsView(Guid Release, string Label, DateTimeOffset PublishedAt, int Firms);

public sealed record FacetScoreView(string Key, string Title, double? Score, int Respondents);

public sealed record LayerScoreView(string Layer, double? Score, int Constructs, int Scored, BandView? Band,
    string? Reason);

public sealed record OverallView(double? Score, BandView? Band, string? WeakestLayer, double? WeakestLink,
    ReasonView? Reason);

/// <param name="Rank">1 = the most reliably below the firm's mean; tied constructs share a rank.</param>
/// <param name="BelowMean">T-score points from the firm's own mean profile (negative); Z
/// that difference over its SE.</param>
public sealed record RecommendationView(string Construct, string Title, double Score, string Band,
    string Text, int Rank, double BelowMean, double Z);

/// <param name="Outcomes">Outcome constructs (performance, growth, innovation output): reported,
/// never banded or recommended.</param>
public sealed record ProfileView(
    Guid AssessmentId, string ScoringVersion, DateTimeOffset ScoredAt, int Respondents, OverallView Overall,
    IReadOnlyList<LayerScoreView> Layers, IReadOnlyList<ConstructScoreView> Constructs,
    IReadOnlyList<ConstructScoreView> ManagementModes,
    IReadOnlyList<RecommendationView> Recommendations, IReadOnlyList<ConstructScoreView> Outcomes,
    NormsView? Norms = null, ReasonView? RecommendationsReason = null);

/// <summary>
/// Puts the pinned instrument's words (titles, band labels, interpretations) around a stored profile's numbers.
/// </summary>
internal static class ProfileViews
{
    public const int RecommendationCount = 3;

    /// <param name="pin">The profile's pinned norms: a scored construct then carries its 90% interval, band reading and
    /// peer percentiles, exactly as computed when it was pinned.</param>
    public static ProfileView For(AssessmentProfile profile, InstrumentDefinition instrument, string language,
        ProfileNorms? pin = null)
    {
        var pinned = pin?.Constructs.ToDictionary(c => c.Key);
        var constructs = profile.Constructs.Select(c => Pinned(Construct(c, instrument, language) with
        {
            Instrument = profile.Instrument, ScoringVersion = profile.ScoringVersion, NormRelease = pin?.ReleaseId,
        }, pinned?.GetValueOrDefault(c.Key), instrument, language)).ToList();
        var (recommendations, why) = ProfileRecommendations.For(constructs, pinned, RecommendationCount);
        return new ProfileView(profile.Id, profile.ScoringVersion, profile.ScoredAt, profile.Respondents,
            new OverallView(profile.Overall.Score, Label(instrument, profile.Overall.Band, language),
                profile.Overall.WeakestLayer, profile.Overall.WeakestLink,
                Reason(profile.Overall.Reason, profile.Overall.ReasonMessage)),
            profile.Layers.Select(l => new LayerScoreView(l.Layer, l.Score, l.Constructs, l.Scored,
                Label(instrument, l.Band, language), l.Reason)).ToList(),
            constructs.Where(c => c.Layer != Layer.ManagementMode.Key() && c.Layer != Layer.Outcome.Key()).ToList(),
            constructs.Where(c => c.Layer == Layer.ManagementMode.Key()).ToList(),
            recommendations,
            constructs.Where(c => c.Layer == Layer.Outcome.Key()).ToList(),
            pin is null ? null : new NormsView(pin.ReleaseId, pin.Label, pin.PublishedAt, pin.Firms), why);
    }

    private static ConstructScoreView Pinned(ConstructScoreView view, PinnedConstruct? pin,
        InstrumentDefinition instrument, string language) => pin is null ? view : view with
    {
        Interval = view.Score is { } score && pin is { Sem: { } sem, Lower: { } lower, Upper: { } upper }
            ? new ScoreInterval(score, sem, lower, upper) : null,
        BandLow = Label(instrument, pin.BandLow, language),
        BandHigh = Label(instrument, pin.BandHigh, language),
        Peers = pin.Peers,
        BandWithinError = Between(Label(instrument, pin.BandLow, language), Label(instrument, pin.BandHigh, language),
            language),
    };

    /// <summary>
    /// A band is said as certain only when the score's 90% interval lies inside it (BandWithinError).
    /// </summary>
    private static string? Between(BandView? low, BandView? high, string language) => (low, high) switch
    {
        (null, _) or (_, null) => null,
        _ when low.Key == high.Key => low.Label,
        _ => language == "fi" ? $"{low.Label}–{high.Label} (virhemarginaalin sisällä)"
            : $"between {low.Label.ToLowerInvariant()} and {high.Label.ToLowerInvariant()}",
    };

    private static ConstructScoreView Construct(ProfileConstruct c, InstrumentDefinition instrument, string language)
    {
        var construct = instrument.FindConstruct(c.Key)!;
        var band = Label(instrument, c.Band, language) is { } label
            && construct.Scoring.Interpretation.GetValueOrDefault(label.Key) is { } i
            ? label with { Text = i.Text.Get(language), Recommendation = i.Recommendation.Get(language) }
            : Label(instrument, c.Band, language);
        var facets = c.Facets?.Select(f => new FacetScoreView(f.Key,
            construct.FacetList.FirstOrDefault(x => x.Key == f.Key)?.Title.Get(language) ?? f.Key, f.Score,
            f.Respondents)).ToList();
        return new ConstructScoreView(c.Key, c.Layer, construct.Title.Get(language), c.Score, band, c.Asked,
            c.Respondents, c.Rwg, c.LowAgreement, Reason(c.Reason, c.ReasonMessage), null,
            construct.IsIndex ? "index" : "scale", facets ?? [],
            c.RwgSlightlySkewed, c.OwnScores);
    }

    private static BandView? Label(InstrumentDefinition instrument, string? key, string language) =>
        instrument.Bands.FirstOrDefault(b => b.Key == key) is { } band
            ? new BandView(band.Key, band.Label.Get(language), null, null) : null;

    private static ReasonView? Reason(string? code, string? message) =>
        code is null ? null : new ReasonView(code, message ?? code);
}
