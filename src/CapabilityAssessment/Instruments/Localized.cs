namespace CapabilityAssessment.Instruments;

/// <summary>
/// A part of an instrument as seen in one language; graph types carry the instrument to resolve references by key.
/// </summary>
internal sealed record Localized<T>(T Value, string Language, InstrumentDefinition Instrument)
{
    public Localized<TOther> With<TOther>(TOther value) => new(value, Language, Instrument);

    public string Text(LocalizedText text) => text.Get(Language);

    public string? OptionalText(LocalizedText? text) => text?.Get(Language);
}
