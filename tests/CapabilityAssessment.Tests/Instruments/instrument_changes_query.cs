using System.Text.Json;
using Alba;
using CapabilityAssessment.Tests.GraphQL;

namespace CapabilityAssessment.Tests.Instruments;

/// <summary>A second host over the fixture folder, since the real instruments have no second version yet.</summary>
[Collection("app")]
public sealed class instrument_changes_query(AppFixture app) : IAsyncLifetime
{
    private IAlbaHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await AppFixture.StartAsync(app.Database.ConnectionString, new Dictionary<string, string?>
    {
        ["Instruments:Path"] = InstrumentFixtures.Valid,
        ["Instruments:SeedsPath"] = Path.Combine(InstrumentFixtures.Root, "seeds"),
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task lists_added_removed_and_changed_items_and_the_crosswalk()
    {
        var (status, body) = await _host.PostGraphQL("""
            { instrumentChanges(key: "pair", from: 1, to: 2, language: "fi") {
                key from to added { id after } removed { id before } changed { id construct before after }
                crosswalk { from comparable changed added removed equivalent { construct } } } }
            """);

        Assert.Equal(200, status);
        var changes = body.GetProperty("data").GetProperty("instrumentChanges");
        Assert.Equal("fo4", changes.GetProperty("added")[0].GetProperty("id").GetString());
        Assert.Equal("Kieltäydymme töistä, jotka eivät sovi meille.",
            changes.GetProperty("added")[0].GetProperty("after").GetString());
        Assert.Equal("fo3", changes.GetProperty("removed")[0].GetProperty("id").GetString());
        var changed = Assert.Single(changes.GetProperty("changed").EnumerateArray());
        Assert.Equal(("fo1", "focus"), (changed.GetProperty("id").GetString(),
            changed.GetProperty("construct").GetString()));
        Assert.Equal(1, changes.GetProperty("crosswalk").GetProperty("from").GetInt32());
        Assert.Equal("focus", changes.GetProperty("crosswalk").GetProperty("changed")[0].GetString());
    }

    [Fact]
    public async Task a_draft_is_served_only_by_explicit_version_and_flagged()
    {
        var (_, latest) =
            await _host.PostGraphQL("{ instrument(key: \"pair\") { version status usableForAssessments } }");
        var (_, draft) =
            await _host.PostGraphQL("{ instrument(key: \"pair\", version: 2) { version status " +
            "usableForAssessments } }");

        Assert.Equal(1, latest.GetProperty("data").GetProperty("instrument").GetProperty("version").GetInt32());
        var d = draft.GetProperty("data").GetProperty("instrument");
        Assert.Equal(("DRAFT", false), (d.GetProperty("status").GetString(),
            d.GetProperty("usableForAssessments").GetBoolean()));
    }

    [Fact]
    public async Task a_missing_version_is_instrument_not_found_naming_the_argument()
    {
        var (_, body) = await _host.PostGraphQL("{ instrumentChanges(key: \"pair\", from: 1, to: 3) { key } }");

        Assert.Equal(["INSTRUMENT_NOT_FOUND"], body.ErrorCodes());
        Assert.StartsWith("to:", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task translation_gaps_list_the_paths_shown_in_english()
    {
        var (_, body) =
            await _host.PostGraphQL("{ instrument(key: \"minimal\", language: \"fi\") { translationGaps } }");

        Assert.Equal(JsonValueKind.Array, body.GetProperty("data").GetProperty("instrument")
            .GetProperty("translationGaps").ValueKind);
        Assert.Equal(0, body.GetProperty("data").GetProperty("instrument").GetProperty("translationGaps")
            .GetArrayLength());
    }
}
