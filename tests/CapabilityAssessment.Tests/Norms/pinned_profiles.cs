using System.Text.Json;
using Alba;
using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Tests.Benchmarks;
using CapabilityAssessment.Tests.Fieldwork;

namespace CapabilityAssessment.Tests.Norms;

/// <summary>A scored profile is pinned to a norm release: the same interval, band and percentiles forever.</summary>
[Collection("peers")]
public sealed class pinned_profiles(PeersFixture peers)
{
    private const string Profile = """
        query($id: ID!) { assessment(id: $id) { profile { norms { label firms }
          constructs { key score interval { sem lower upper } bandLow { key } bandHigh { key }
            peers { group suppressed n percentile median }
            everyone: peerPercentile(peerGroup: {}) { percentile n } } } } }
        """;

    private async Task<string> ReadProfile(AssessmentClient consultant, Guid id) =>
        (await consultant.Data(Profile, new { id })).GetProperty("assessment").GetProperty("profile").ToString();

    private async Task<string> ReadReport(string token)
    {
        var page = await peers.Host.Scenario(s => { s.Get.Url($"/r/{token}"); s.StatusCodeShouldBeOk(); });
        return await page.ReadAsTextAsync();
    }

    [Fact]
    public async Task a_profile_reads_the_same_after_a_hundred_more_firms_close_and_a_new_release()
    {
        var release = await peers.PublishAsync();
        var (id, token) = await peers.CloseWithLinkAsync(
            new FirmProfile("Pinned Oy", "FI", "C", 30, FoundingYear: 2001), 3, new Random(5));
        var consultant = new AssessmentClient(peers.Host, await AssessmentClient.IssueKey(peers.Host,
            PrincipalRole.Consultant, PeersFixture.Organisation));
        var profile = await ReadProfile(consultant, id);
        var report = await ReadReport(token);
        var pinned = JsonDocument.Parse(profile).RootElement;
        Assert.Equal(release.Label, pinned.GetProperty("norms").GetProperty("label").GetString());
        var construct = pinned.GetProperty("constructs")
            .EnumerateArray()
            .First(c => c.GetProperty("interval").ValueKind == JsonValueKind.Object);
        Assert.True(construct.GetProperty("peers").GetArrayLength() >= 4);
        Assert.Contains(release.Label, report);
        Assert.Contains("class=\"radar-peers\"", report);

        var random = new Random(100);
        for (var i = 0; i < 100; i++)
            await peers.CloseAsync(new FirmProfile($"Later {i}", "FI", "C", 30), random.Next(1, 6), random);
        var newer = await peers.PublishAsync();
        Assert.NotEqual(release.Id, newer.Id);

        Assert.Equal(profile, await ReadProfile(consultant, id));
        Assert.Equal(report, await ReadReport(token));
        // Asked explicitly, the newer release places the same score differently (100 firms more in its groups).
        var explicitRead = (await consultant.Data("""
            query($id: ID!, $r: String) { assessment(id: $id) { profile { constructs { key
              peerPercentile(peerGroup: { industry: "C" }, release: $r) { n release } } } } }
            """, new { id, r = newer.Label }))
            .GetProperty("assessment").GetProperty("profile").GetProperty("constructs")[0];
        Assert.Equal(newer.Label, explicitRead.GetProperty("peerPercentile").GetProperty("release").GetString());
    }

    [Fact]
    public async Task profiles_closed_before_any_release_are_pinned_by_the_next_publish()
    {
        // The fixture's first 60 firms closed before its first release.
        await peers.PublishAsync();
        Assert.Equal(0L, await peers.ScalarAsync<long>(
            "SELECT count(*) FROM mt_doc_profile p LEFT JOIN mt_doc_profile_norms n ON n.id = p.id " +
            "WHERE n.id IS NULL"));
        Assert.True(await peers.ScalarAsync<long>("SELECT count(*) FROM mt_doc_profile_norms") >= 60);
    }

    [Fact]
    public async Task before_any_release_benchmarks_say_so_and_norms_is_empty()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = await AppFixture.StartAsync(database.ConnectionString,
            new Dictionary<string, string?>());
        var consultant = new AssessmentClient(
            host, await AssessmentClient.IssueKey(host, PrincipalRole.Consultant, "solo"));
        var body = await consultant.Data("{ norms(instrumentKey: \"dcvn\") { label } }");
        Assert.Equal(0, body.GetProperty("norms").GetArrayLength());
        var benchmark =
            (await consultant.Data("{ benchmark(instrumentKey: \"dcvn\", peerGroup: {}) { suppressed reason release " +
            "{ label } } }"))
            .GetProperty("benchmark");
        Assert.True(benchmark.GetProperty("suppressed").GetBoolean());
        Assert.StartsWith("NO_RELEASE", benchmark.GetProperty("reason").GetString());
    }
}
