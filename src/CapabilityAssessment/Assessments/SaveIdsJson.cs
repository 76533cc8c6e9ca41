using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CapabilityAssessment.Assessments;

/// <summary>
/// A respondent's save ids as one base64 string of their 16-byte values (issue #13): every answer save rewrites the
/// assessment document and they are its largest part, one per save ever made, so each was 38 bytes as a JSON string
/// and is about 21 here. Documents written before hold a JSON array of UUID strings, which still reads.
/// </summary>
internal sealed class SaveIdsJson : JsonConverter<ImmutableHashSet<Guid>>
{
    public override ImmutableHashSet<Guid> Read(ref Utf8JsonReader reader, Type typeToConvert,
        JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
            return [.. JsonSerializer.Deserialize<Guid[]>(ref reader, options) ?? []];
        var bytes = reader.GetBytesFromBase64();
        if (bytes.Length % 16 != 0)
            throw new JsonException($"Save ids hold {bytes.Length} bytes, not a multiple of 16.");
        var ids = ImmutableHashSet.CreateBuilder<Guid>();
        for (var i = 0; i < bytes.Length; i += 16) ids.Add(new Guid(bytes.AsSpan(i, 16)));
        return ids.ToImmutable();
    }

    public override void Write(Utf8JsonWriter writer, ImmutableHashSet<Guid> value, JsonSerializerOptions options)
    {
        Span<byte> bytes = value.Count <= 256 ? stackalloc byte[value.Count * 16] : new byte[value.Count * 16];
        var offset = 0;
        foreach (var id in value)
        {
            id.TryWriteBytes(bytes[offset..]);
            offset += 16;
        }
        writer.WriteBase64StringValue(bytes);
    }
}
