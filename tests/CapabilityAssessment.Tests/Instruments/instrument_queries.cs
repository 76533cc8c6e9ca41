using System.Text.Json;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Tests.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Instruments;

[Collection("app")]
public sealed class instrument_queries(AppFixture app)
{
    private InstrumentCatalog Catalog => app.Host.Services.GetRequiredService<InstrumentCatalog>();

    [Theory]
    [InlineData("en")]
    [InlineData("fi")]
    public async Task instruments_have_titles_in_the_requested_language(string language)
    {
        var (status, body) = await app.Host.PostGraphQL(
            "query($l: String) { instruments(language: $l) { key version status language title } }",
            new { l = language });

        Assert.Equal(200, status);
        var instruments = body.GetProperty("data").GetProperty("instruments").EnumerateArray().ToList();
        Assert.NotEmpty(instruments);
        Assert.All(instruments, i =>
        {
            var expected = Catalog.Latest(i.GetProperty("key").GetString()!)!;
            Assert.Equal(expected.Version, i.GetProperty("version").GetInt32());
            Assert.Equal("PUBLISHED", i.GetProperty("status").GetString());
            Assert.Equal(expected.Title.Get(language), i.GetProperty("title").GetString());
            Assert.True(expected.Title.Has(language), $"{expected.Key} has no {language} title");
        });
        Assert.NotEqual(Catalog.Published().First().Title.Get("en"), Catalog.Published().First().Title.Get("fi"));
    }

    [Fact]
    public async Task an_instrument_comes_with_modules_constructs_items_scales_and_bands()
    {
        var key = Catalog.Published().First().Key;
        var (_, body) = await app.Host.PostGraphQL("""
            query($k: String!) { instrument(key: $k, language: "fi") {
              key contentHash languages translationGaps firmProfile
              modules { key roles { key } keyInformant constructs { key } }
              constructs { key layer title minAnswered scale { points labels dontKnow }
                interpretations { band text recommendation } items { id text reverse weight source { seed lines quote citation } } }
              bands { key from to label } } }
            """, new { k = key });

        var instrument = body.GetProperty("data").GetProperty("instrument");
        Assert.Equal(Catalog.ContentHash(key, Catalog.Latest(key)!.Version),
            instrument.GetProperty("contentHash").GetString());
        var construct = instrument.GetProperty("constructs")[0];
        Assert.True(construct.GetProperty("items").GetArrayLength() >= 3);
        Assert.Equal(instrument.GetProperty("bands").GetArrayLength(),
            construct.GetProperty("interpretations").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, instrument.GetProperty("translationGaps").ValueKind);
    }

    [Fact]
    public async Task an_unknown_key_is_instrument_not_found_naming_the_argument()
    {
        var (status, body) = await app.Host.PostGraphQL("{ instrument(key: \"no_such_instrument\") { key } }");

        Assert.Equal(200, status);
        Assert.Equal(["INSTRUMENT_NOT_FOUND"], body.ErrorCodes());
        Assert.StartsWith("key:", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("instrument").ValueKind);
    }

    [Fact]
    public async Task an_unknown_version_is_instrument_not_found_naming_the_version()
    {
        var key = Catalog.Published().First().Key;
        var (_, body) = await app.Host.PostGraphQL("query($k: String!) { instrument(key: $k, version: 999) { key } }",
            new { k = key });

        Assert.Equal(["INSTRUMENT_NOT_FOUND"], body.ErrorCodes());
        Assert.StartsWith("version:", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task an_unsupported_language_is_reported_with_its_own_code()
    {
        var key = Catalog.Published().First().Key;
        var (_, body) =
            await app.Host.PostGraphQL("query($k: String!) { instrument(key: $k, language: \"xx\") { key } }",
            new { k = key });

        Assert.Equal(["UNSUPPORTED_LANGUAGE"], body.ErrorCodes());
        Assert.StartsWith("language:", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
