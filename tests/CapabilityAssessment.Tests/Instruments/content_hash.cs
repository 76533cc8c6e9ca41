using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Tests.Instruments;

public sealed class content_hash
{
    private static readonly string Original = File.ReadAllText(
        Path.Combine(InstrumentFixtures.Valid, "minimal", "v1.yaml"));

    private static string HashOf(string yaml)
    {
        var context = new ParseContext("minimal/v1.yaml");
        var definition = InstrumentYaml.Parse(yaml, context);
        Assert.Empty(context.Problems);
        return ContentHash.Of(definition!);
    }

    [Fact]
    public void is_lower_case_hex_sha256() => Assert.Matches("^[0-9a-f]{64}$", HashOf(Original));

    [Fact]
    public void ignores_comments_whitespace_and_the_order_of_fields_and_languages()
    {
        var reformatted = Original
            .Replace("key: minimal\n", "# a new comment\nkey:    minimal   # trailing comment\n\n")
            .Replace("{ en: \"Minimal\", fi: \"Minimi\" }", "\n  fi: Minimi\n  en: 'Minimal'")
            .Replace("version: 1\nstatus: published\n", "status: published\nversion: 1\n");

        Assert.NotEqual(Original, reformatted);
        Assert.Equal(HashOf(Original), HashOf(reformatted));
    }

    [Theory]
    [InlineData("We know what we do best.", "We know what we do best!")]
    [InlineData("reverse: true", "reverse: false")]
    [InlineData("weight: 0.5", "weight: 0.25")]
    [InlineData("lines: 2-3", "lines: 2-4")]
    public void changes_when_any_content_changes(string before, string after) =>
        Assert.NotEqual(HashOf(Original), HashOf(Original.Replace(before, after)));
}
