using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Scoring;

/// <summary>
/// The instrument's bands are contiguous from 0 to 100 (validated on load); each is
/// [From, To) and 100 falls in the last.
/// </summary>
internal static class ScoreBands
{
    public static Band? Find(IReadOnlyList<Band> bands, double score)
    {
        for (var i = 0; i < bands.Count; i++)
            if (score >= bands[i].From && score < bands[i].To) return bands[i];
        return bands.Count > 0 && score >= bands[^1].To ? bands[^1] : null;
    }

    /// <summary>The band with the construct's interpretation text and recommendation for it.</summary>
    /// <summary>Indices and outcomes are never banded (instruments/README.md, "Kinds, facets, outcomes").</summary>
    public static ScoreBand? For(InstrumentDefinition instrument, Construct construct, double score)
    {
        if (!construct.IsBanded || Find(instrument.Bands, score) is not { } band) return null;
        var interpretation = construct.Scoring.Interpretation.GetValueOrDefault(band.Key);
        return new ScoreBand(band.Key, band.Label, interpretation?.Text, interpretation?.Recommendation);
    }

    /// <summary>Layers and the index have no interpretation of their own: the band label only.</summary>
    public static ScoreBand? Label(InstrumentDefinition instrument, double score) =>
        Find(instrument.Bands, score) is { } band ? new ScoreBand(band.Key, band.Label, null, null) : null;
}
