using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CapabilityAssessment.Instruments;

/// <summary>
/// SHA-256 of the parsed model as canonical JSON, not of the file bytes: comments, layout and key order may change
/// in a published file, its content may not. Nulls are left out so that adding an optional field to the model later
/// does not change the hash of every published file.
/// </summary>
internal static class ContentHash
{
    private static readonly JsonSerializerOptions Canonical = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower), new LocalizedTextAsMap() },
    };

    public static string Of(InstrumentDefinition definition) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(definition, Canonical)));

    private sealed class LocalizedTextAsMap : JsonConverter<LocalizedText>
    {
        public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert,
            JsonSerializerOptions options) =>
            throw new NotSupportedException("canonical JSON is only written");

        public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (language, text) in value.Texts) writer.WriteString(language, text);
            writer.WriteEndObject();
        }
    }
}
