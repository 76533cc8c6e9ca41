using CapabilityAssessment.Assessments;
using CapabilityAssessment.Tests.Benchmarks;

namespace CapabilityAssessment.Tests.Norms;

[Collection("peers")]
public sealed class reopened_assessments(PeersFixture peers)
{
    [Fact]
    public async Task a_reopened_assessment_stops_counting_and_loses_its_pin_until_it_closes_again()
    {
        await peers.PublishAsync();
        var before = await peers.FirmsAsync();
        var id = await peers.CloseAsync(new FirmProfile("Reopened Oy", "MT", "C", 12), 2, new Random(8));
        Assert.Equal(before + 1, await peers.FirmsAsync());
        Assert.Equal(1L, await peers.ScalarAsync<long>($"SELECT count(*) FROM mt_doc_profile_norms WHERE id = '{id}'"));
        var commands = peers.Commands;
        Assert.True((await commands.DecideAsync(id, (s, _) =>
            AssessmentRules.Reopen(s, "more answers", "admin", commands.Now), default)).Succeeded);
        Assert.Equal(before, await peers.FirmsAsync());
        Assert.Equal(0L, await peers.ScalarAsync<long>($"SELECT count(*) FROM mt_doc_profile_norms WHERE id = '{id}'"));
        Assert.True((await commands.DecideAsync(id, (s, _) => AssessmentRules.Close(s, "admin", commands.Now),
            default)).Succeeded);
        Assert.Equal(before + 1, await peers.FirmsAsync());
        Assert.Equal(1L, await peers.ScalarAsync<long>($"SELECT count(*) FROM mt_doc_profile_norms WHERE id = '{id}'"));
    }
}
