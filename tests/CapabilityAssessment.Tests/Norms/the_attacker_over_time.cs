using System.Text.Json;
using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Tests.Benchmarks;
using CapabilityAssessment.Tests.Fieldwork;

namespace CapabilityAssessment.Tests.Norms;

/// <summary>
/// Plays the attacker with many reads over time (issue #14): reads every group's benchmarks and the reliability, lets
/// one firm with unusual attributes close and one respondent of another firm submit, waits for the next release, and
/// reads again. Before norm releases, the difference gave the firm's 21 scores and the respondent's 86 answers.
/// </summary>
[Collection("peers")]
public sealed class the_attacker_over_time(PeersFixture peers)
{
    private const string Benchmark = """
        query($g: PeerGroupInput!) { benchmark(instrumentKey: "dcvn", instrumentVersion: 1, peerGroup: $g) {
          n reason constructs { key suppressed reason n mean standardDeviation p10 p25 p50 p75 p90 }
          layers { key suppressed reason n mean p50 } overall { suppressed reason n mean p50 } release { label } } }
        """;
    private const string Reliability =
        "{ reliability(instrumentKey: \"dcvn\", version: 1) { construct respondents alpha omega sd sem " +
        "raterSd icc1 } }";

    private static readonly object[] Groups =
    [
        new { }, new { country = "FI" }, new { country = "MT" }, new { industry = "C" }, new { industry = "K" },
        new { size = "LARGE" }, new { size = "SMALL" }, new { industry = "K", size = "LARGE" },
        new { country = "MT", size = "LARGE" },
    ];

    private async Task<string> ReadEverything(AssessmentClient consultant, AssessmentClient researcher)
    {
        var reads = new List<string>();
        foreach (var g in Groups)
        {
            var body = (await consultant.Data(Benchmark, new { g })).GetProperty("benchmark");
            reads.Add(JsonSerializer.Serialize(
                new { g, n = body.GetProperty("n"), r = body.GetProperty("reason"), c = body.GetProperty("constructs"),
                l = body.GetProperty("layers"), o = body.GetProperty("overall") }));
        }
        reads.Add((await researcher.Data(Reliability)).GetProperty("reliability").ToString());
        return string.Join('\n', reads);
    }

    [Fact]
    public async Task one_firms_close_and_one_respondents_answers_change_nothing_the_next_release_shows()
    {
        var consultant = new AssessmentClient(
            peers.Host, await AssessmentClient.IssueKey(peers.Host, PrincipalRole.Consultant, "attackers"));
        var researcher = new AssessmentClient(
            peers.Host, await AssessmentClient.IssueKey(peers.Host, PrincipalRole.Researcher, null));
        var first = await peers.PublishAsync();
        var before = await ReadEverything(consultant, researcher);

        // The planted firm: a large financial firm from Malta, at the top of the scale; and one respondent elsewhere.
        await peers.CloseAsync(new FirmProfile("Planted Ltd", "MT", "K", 900), 5, new Random(99));
        var consultantOfB = new Principal(PrincipalRole.Consultant, "key:b", PeersFixture.Organisation);
        var (started, link) = await peers.Commands.StartAsync(consultantOfB, "dcvn", 1,
            new FirmProfile("Other Oy", "FI", "C", 40),
            "en", "managing_director", default);
        // A second manager is invited, so one submission does not close the assessment.
        await peers.Commands.InviteAsync(started.AssessmentId, "management_team", "key:b", default);
        await peers.AnswerAndSubmitAsync(started.AssessmentId, link!.RespondentId, 1, new Random(7));

        var second = await peers.PublishAsync();
        Assert.NotEqual(first.Id, second.Id);
        var after = await ReadEverything(consultant, researcher);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task reliability_shows_no_item_statistics_and_only_researchers_and_admins_see_it()
    {
        await peers.PublishAsync();
        var consultant = new AssessmentClient(
            peers.Host, await AssessmentClient.IssueKey(peers.Host, PrincipalRole.Consultant, "attackers"));
        Assert.Equal(["FORBIDDEN"], AssessmentClient.Codes(await consultant.Send(Reliability)));
        var items = await new AssessmentClient(
            peers.Host, await AssessmentClient.IssueKey(peers.Host, PrincipalRole.Admin, null))
            .Send("{ reliability(instrumentKey: \"dcvn\", version: 1) { items { mean answered } } }");
        Assert.NotEmpty(AssessmentClient.Codes(items));
        var researcher = new AssessmentClient(
            peers.Host, await AssessmentClient.IssueKey(peers.Host, PrincipalRole.Researcher, null));
        var rows = (await researcher.Data(Reliability)).GetProperty("reliability").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(0, r.GetProperty("respondents").GetInt32() % 10));
        Assert.Contains(rows, r => r.GetProperty("alpha").ValueKind == JsonValueKind.Number);
    }
}
