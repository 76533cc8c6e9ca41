using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace CapabilityAssessment.Instruments;

/// <summary>
/// Text by language code. Sorted so the content hash does not depend on the order languages were written in.
/// </summary>
internal sealed record LocalizedText(ImmutableSortedDictionary<string, string> Texts)
{
    public const string English = "en";

    public static LocalizedText Of(IEnumerable<KeyValuePair<string, string>> texts) =>
        new(texts.ToImmutableSortedDictionary(StringComparer.Ordinal));

    /// <summary>
    /// The text in <paramref name="language"/>, falling back to English (then to any text) when it is missing.
    /// </summary>
    public string Get(string language) =>
        Texts.TryGetValue(language, out var text) && text.Length > 0 ? text
        : Texts.TryGetValue(English, out var english) ? english
        : Texts.Values.FirstOrDefault() ?? "";

    public bool Has(string language) => Texts.TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text);

    [JsonIgnore] public IEnumerable<string> Languages => Texts.Keys;
}
