using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Scoring;

public sealed record BandView(string Key, string Label, string? Text, string? Recommendation);

public sealed record ReasonView(string Code, string Message);

/// <param name="Kind">"scale" or "index" (an index has no band, interval or recommendation).</param>
public sealed record ConstructScoreView(
    string Key, string Layer, string Title, double? Score, BandView? Band, int Asked, int Respondents, double? Agreement,
    bool LowAgreement, ReasonView? Reason, ScoreInterval? Interval = null, string Kind = "scale",
    IReadOnlyList<FacetScoreView>? Facets = null, double? AgreementSlightlySkewed = null, ProfileRange? OwnScores = null);

public sealed record FacetScoreView(string Key, string Title, double? Score, int Respondents);

public sealed record LayerScoreView(string Layer, double? Score, int Constructs, int Scored, BandView? Band, string? Reason);

public sealed record OverallView(double? Score, BandView? Band, string? WeakestLayer, double? WeakestLink, ReasonView? Reason);

public sealed record RecommendationView(string Construct, string Title, double Score, string Band, string Text);

/// <param name="Outcomes">Outcome constructs (performance, growth, innovation output): reported, never banded or recommended.</param>
public sealed record ProfileView(
    Guid AssessmentId, string ScoringVersion, DateTimeOffset ScoredAt, int Respondents, OverallView Overall,
    IReadOnlyList<LayerScoreView> Layers, IReadOnlyList<ConstructScoreView> Constructs, IReadOnlyList<ConstructScoreView> ManagementModes,
    IReadOnlyList<RecommendationView> Recommendations, IReadOnlyList<ConstructScoreView> Outcomes);

/// <summary>Puts the pinned instrument's words (titles, band labels, interpretations) around a stored profile's numbers.</summary>
internal static class ProfileViews
{
    public const int RecommendationCount = 3;

    /// <param name="errors">Measurement errors per construct (from 30 scores on); a scored construct then carries its 90% interval.</param>
    public static ProfileView For(AssessmentProfile profile, InstrumentDefinition instrument, string language,
        IReadOnlyDictionary<string, MeasurementError>? errors = null)
    {
        var constructs = profile.Constructs.Select(c => Construct(c, instrument, language) is var view
            && view.Score is { } score && errors?.GetValueOrDefault(c.Key) is { } error ? view with { Interval = error.Interval(score) } : view).ToList();
        var recommendations = constructs
            .Where(c => c.Score is not null && c.Layer != Layer.ManagementMode.Key() && c.Band?.Recommendation is not null)
            .OrderBy(c => c.Score)
            .Take(RecommendationCount)
            .Select(c => new RecommendationView(c.Key, c.Title, c.Score!.Value, c.Band!.Key, c.Band.Recommendation!))
            .ToList();
        return new ProfileView(profile.Id, profile.ScoringVersion, profile.ScoredAt, profile.Respondents,
            new OverallView(profile.Overall.Score, Label(instrument, profile.Overall.Band, language), profile.Overall.WeakestLayer,
                profile.Overall.WeakestLink, Reason(profile.Overall.Reason, profile.Overall.ReasonMessage)),
            profile.Layers.Select(l => new LayerScoreView(l.Layer, l.Score, l.Constructs, l.Scored, Label(instrument, l.Band, language), l.Reason)).ToList(),
            constructs.Where(c => c.Layer != Layer.ManagementMode.Key() && c.Layer != Layer.Outcome.Key()).ToList(),
            constructs.Where(c => c.Layer == Layer.ManagementMode.Key()).ToList(),
            recommendations,
            constructs.Where(c => c.Layer == Layer.Outcome.Key()).ToList());
    }

    private static ConstructScoreView Construct(ProfileConstruct c, InstrumentDefinition instrument, string language)
    {
        var construct = instrument.FindConstruct(c.Key)!;
        var band = Label(instrument, c.Band, language) is { } label && construct.Scoring.Interpretation.GetValueOrDefault(label.Key) is { } i
            ? label with { Text = i.Text.Get(language), Recommendation = i.Recommendation.Get(language) }
            : Label(instrument, c.Band, language);
        var facets = c.Facets?.Select(f => new FacetScoreView(f.Key,
            construct.FacetList.FirstOrDefault(x => x.Key == f.Key)?.Title.Get(language) ?? f.Key, f.Score, f.Respondents)).ToList();
        return new ConstructScoreView(c.Key, c.Layer, construct.Title.Get(language), c.Score, band, c.Asked, c.Respondents, c.Rwg,
            c.LowAgreement, Reason(c.Reason, c.ReasonMessage), null, construct.IsIndex ? "index" : "scale", facets ?? [],
            c.RwgSlightlySkewed, c.OwnScores);
    }

    private static BandView? Label(InstrumentDefinition instrument, string? key, string language) =>
        instrument.Bands.FirstOrDefault(b => b.Key == key) is { } band ? new BandView(band.Key, band.Label.Get(language), null, null) : null;

    private static ReasonView? Reason(string? code, string? message) => code is null ? null : new ReasonView(code, message ?? code);
}
