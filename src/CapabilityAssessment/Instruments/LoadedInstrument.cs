namespace CapabilityAssessment.Instruments;

/// <summary>
/// One file after loading: its model (null when it could not be read at all), hash and every problem found.
/// </summary>
internal sealed record LoadedInstrument(
    string File, InstrumentDefinition? Definition, string? ContentHash, IReadOnlyList<InstrumentProblem> Problems)
{
    public bool IsValid => Definition is not null && !Problems.Any(p => p.IsError);
}
