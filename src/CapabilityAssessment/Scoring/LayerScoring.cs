using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Scoring;

/// <summary>
/// Layer means, the dynamic-capability index with its weakest link, and recommendations for the weakest constructs.
/// </summary>
internal static class LayerScoring
{
    /// <summary>
    /// The three layers of the seed's model (cognitive core, managerial,
    /// organisational outermost; seed 003 L4215-4224).
    /// </summary>
    public static readonly Layer[] Core = [Layer.Cognitive, Layer.Managerial, Layer.Organisational];

    private static readonly Layer[] Optional = [Layer.DynamicCapability, Layer.Practice];

    /// <summary>
    /// The core layers always (missing ones with a reason, never 0), then dynamic_capability and practice
    /// where the instrument has them. A layer's score is the mean of its scored constructs; Scored/Constructs
    /// shows when some could not be scored.
    /// </summary>
    /// An index is left out of its layer's mean: a count or formative score is not one more
    /// indicator of the layer's capability.
    public static IReadOnlyList<LayerScore> Layers(InstrumentDefinition instrument,
        IReadOnlyList<FirmConstructScore> all)
    {
        var constructs = all.Where(c => instrument.FindConstruct(c.Construct)?.IsIndex != true).ToList();
        return Core.Concat(Optional.Where(l => constructs.Any(c => c.Layer == l)))
            .Select(layer => ScoreLayer(instrument, layer, constructs.Where(c => c.Layer == layer).ToList()))
            .ToList();
    }

    private static LayerScore ScoreLayer(InstrumentDefinition instrument, Layer layer,
        List<FirmConstructScore> constructs)
    {
        if (constructs.Count == 0)
            return new LayerScore(layer, null, 0, 0, null, new ScoreReason(ReasonCodes.LayerNotInInstrument,
                $"{instrument.Key} v{instrument.Version} has no {layer.Key()} constructs"));
        var scored = constructs.Where(c => c.Score is not null).ToList();
        if (scored.Count == 0)
            return new LayerScore(layer, null, constructs.Count, 0, null,
                new ScoreReason(ReasonCodes.NoScoredConstructs,
                $"None of the {constructs.Count} {layer.Key()} constructs could be scored: " +
                    $"{string.Join(", ", constructs.Select(c => c.Construct))}"));
        var mean = scored.Average(c => c.Score!.Value);
        return new LayerScore(layer, mean, constructs.Count, scored.Count, ScoreBands.Label(instrument, mean), null);
    }

    /// <summary>
    /// Index = mean of the three core layer scores; weakest link = the lowest of them (ties: the inner layer).
    /// </summary>
    public static OverallIndex Overall(InstrumentDefinition instrument, IReadOnlyList<LayerScore> layers)
    {
        var core = Core.Select(l => layers.First(s => s.Layer == l)).ToList();
        var missing = core.Where(l => l.Score is null).ToList();
        if (missing.Count > 0)
            return new OverallIndex(null, null, null, null, null, new ScoreReason(ReasonCodes.MissingLayers,
                "The index and weakest link need all three layers; not scored: " +
                string.Join("; ", missing.Select(l => $"{l.Layer.Key()} ({l.Reason!.Code})"))));
        var index = core.Average(l => l.Score!.Value);
        var weakest = core.MinBy(l => l.Score!.Value)!;
        return new OverallIndex(index, ScoreBands.Label(instrument, index), weakest.Layer, weakest.Score,
            ScoreBands.Label(instrument, weakest.Score!.Value), null);
    }
}
