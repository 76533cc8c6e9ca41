using System.Text.Json;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Tests.Instruments;

public sealed class instrument_schema
{
    private static readonly JsonElement Schema =
        JsonDocument.Parse(File.ReadAllText(
            Path.Combine(RepositoryRoot.Path, "instruments", "instrument.schema.json"))).RootElement;

    [Fact]
    public void is_a_draft_2020_12_schema() =>
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());

    [Fact]
    public void names_exactly_the_top_level_fields_the_loader_accepts()
    {
        var named = Schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order();

        Assert.Equal(InstrumentYaml.TopLevelFields.Order(), named);
        Assert.False(Schema.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void the_loader_reads_every_top_level_field_it_declares()
    {
        var minimal = File.ReadAllText(Path.Combine(InstrumentFixtures.Valid, "minimal", "v1.yaml"));
        var pair = File.ReadAllText(Path.Combine(InstrumentFixtures.Valid, "pair", "v2.yaml"));
        var used = (minimal + "\n" + pair).Split('\n').Where(l => l.Length > 0 && char.IsLetter(l[0]))
            .Select(l => l[..l.IndexOf(':')]).ToHashSet();

        Assert.Equal(InstrumentYaml.TopLevelFields.Order(), used.Order());
    }
}
