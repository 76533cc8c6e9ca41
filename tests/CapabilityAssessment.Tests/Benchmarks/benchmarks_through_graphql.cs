using System.Text.Json;
using CapabilityAssessment.Access;
using CapabilityAssessment.Tests.Fieldwork;

namespace CapabilityAssessment.Tests.Benchmarks;

[Collection("peers")]
public sealed class benchmarks_through_graphql(PeersFixture peers)
{
    public const string Query = """
        query($g: PeerGroupInput!) { benchmark(instrumentKey: "dcvn", instrumentVersion: 1, peerGroup: $g) {
          group { dimension value } suppressed reason n k
          constructs { key metric suppressed reason n mean standardDeviation p10 p25 p50 p75 p90 }
          layers { key suppressed n mean p50 } overall { suppressed n mean p50 } } }
        """;

    private async Task<AssessmentClient> Consultant(string organisation = "elsewhere") =>
        new(peers.Host, await AssessmentClient.IssueKey(peers.Host, PrincipalRole.Consultant, organisation));

    [Fact]
    public async Task everyone_gets_n_mean_sd_and_percentiles_per_construct_layer_and_overall()
    {
        var firms = (await peers.PublishAsync()).Firms;
        var body = (await (await Consultant()).Data(Query, new { g = new { } })).GetProperty("benchmark");
        Assert.False(body.GetProperty("suppressed").GetBoolean());
        Assert.True(firms >= 60);
        Assert.Equal(firms, body.GetProperty("n").GetInt32());
        var construct = body.GetProperty("constructs")[0];
        Assert.Equal(firms, construct.GetProperty("n").GetInt32());
        foreach (var p in new[] { "mean", "standardDeviation", "p10", "p25", "p50", "p75", "p90" })
            Assert.Equal(JsonValueKind.Number, construct.GetProperty(p).ValueKind);
        Assert.True(construct.GetProperty("p25").GetDouble() <= construct.GetProperty("p50").GetDouble());
        Assert.Contains(body.GetProperty("layers").EnumerateArray(), l =>
            l.GetProperty("key").GetString() == "cognitive" && !l.GetProperty("suppressed").GetBoolean());
        Assert.Equal(firms, body.GetProperty("overall").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task a_group_under_k_is_suppressed_with_its_reason_and_no_numbers()
    {
        var body = (await (await Consultant()).Data(Query, new { g = new { country = "DE" } }))
            .GetProperty("benchmark");
        Assert.True(body.GetProperty("suppressed").GetBoolean());
        Assert.StartsWith("BELOW_THRESHOLD", body.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("n").ValueKind);
        Assert.All(body.GetProperty("constructs").EnumerateArray(), c =>
            Assert.Equal(JsonValueKind.Null, c.GetProperty("mean").ValueKind));
    }

    [Theory]
    [InlineData("{\"industry\":\"Z\"}", "UNKNOWN_PEER_VALUE"), InlineData("{\"country\":\"XX\"}", "UNKNOWN_PEER_VALUE")]
    [InlineData("{\"industry\":\"C\",\"country\":\"FI\"}", "UNKNOWN_PEER_DIMENSION"),
        InlineData("{\"age\":\"7\"}", "UNKNOWN_PEER_VALUE")]
    public async Task bad_peer_groups_get_a_code_never_a_500(string group, string code)
    {
        var body = await (await Consultant()).Send(Query, new { g = JsonDocument.Parse(group).RootElement });
        Assert.Equal([code], AssessmentClient.Codes(body));
    }

    [Fact]
    public async Task an_unknown_instrument_is_instrument_not_found()
    {
        var body = await (await Consultant()).Send("""{ benchmark(instrumentKey: "nope", peerGroup: {}) { n } }""");
        Assert.Equal(["INSTRUMENT_NOT_FOUND"], AssessmentClient.Codes(body));
    }

    [Fact]
    public async Task anonymous_callers_are_unauthenticated_and_any_authenticated_caller_sees_aggregates()
    {
        Assert.Equal(["UNAUTHENTICATED"], AssessmentClient.Codes(await new AssessmentClient(peers.Host, null)
            .Send(Query, new { g = new { } })));
        var researcher = new AssessmentClient(
            peers.Host, await AssessmentClient.IssueKey(peers.Host, PrincipalRole.Researcher, null));
        Assert.Equal((await peers.PublishAsync()).Firms,
            (await researcher.Data(Query, new { g = new { } })).GetProperty("benchmark").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task a_firms_construct_scores_carry_their_percentile_rank_in_a_peer_group()
    {
        var consultant = await Consultant(PeersFixture.Organisation);
        var list = await consultant.Data("{ assessments(status: CLOSED, first: 1) { edges { node { id } } } }");
        var id = list.GetProperty("assessments")
            .GetProperty("edges")[0]
            .GetProperty("node")
            .GetProperty("id")
            .GetString();
        var profile = (await consultant.Data("""
            query($id: ID!) { assessment(id: $id) { profile { constructs { key score
              everyone: peerPercentile(peerGroup: {}) { suppressed reason n percentile }
              germany: peerPercentile(peerGroup: { country: "DE" }) { suppressed reason percentile } } } } }
            """, new { id })).GetProperty("assessment").GetProperty("profile");
        var construct = profile.GetProperty("constructs")[0];
        var everyone = construct.GetProperty("everyone");
        Assert.False(everyone.GetProperty("suppressed").GetBoolean(), everyone.ToString());
        Assert.InRange(everyone.GetProperty("percentile").GetDouble(), 0, 100);
        Assert.Equal(0, everyone.GetProperty("percentile").GetDouble() % 1);
        Assert.True(construct.GetProperty("germany").GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, construct.GetProperty("germany").GetProperty("percentile").ValueKind);
        // Another organisation's consultant sees no profile of this firm (existing rule), only aggregates.
        var outsider = await (await Consultant()).Send("query($id: ID!) { assessment(id: $id) { id } }", new { id });
        Assert.Equal(["ASSESSMENT_NOT_FOUND"], AssessmentClient.Codes(outsider));
    }
}
