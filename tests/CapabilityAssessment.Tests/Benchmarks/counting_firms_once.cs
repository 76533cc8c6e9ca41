using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Benchmarks;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Tests.Benchmarks;

[Collection("peers")]
public sealed class counting_firms_once(PeersFixture peers)
{
    private const string Stats =
        "SELECT string_agg(concat_ws(',', instrument_key, scoring_version, dimension, value, metric, n, " +
        "round(sum::numeric, 6), round(sum_of_squares::numeric, 4), bins::text), E'\\n' ORDER BY dimension, value, " +
        "metric) FROM benchmark_stats WHERE n <> 0";

    private Principal Admin => new(PrincipalRole.Admin, "key:admin");

    [Fact]
    public async Task reopening_and_closing_again_replaces_the_firms_contribution_instead_of_adding_one()
    {
        var before = await peers.FirmsAsync();
        var id = await peers.CloseAsync(new FirmProfile("Reclosed Oy", "MT", "C", 12), 2, new Random(1));
        Assert.Equal(before + 1, await peers.FirmsAsync());
        var commands = peers.Commands;
        Assert.True((await commands.DecideAsync(id, (s, _) => AssessmentRules.Reopen(s, "typo", "admin", commands.Now),
            default)).Succeeded);
        Assert.True((await commands.DecideAsync(id, (s, _) => AssessmentRules.Close(s, "admin", commands.Now),
            default)).Succeeded);
        Assert.Equal(before + 1, await peers.FirmsAsync());
        Assert.Equal(before + 1,
            await peers.ScalarAsync<int>("SELECT n FROM benchmark_stats WHERE dimension = 'everyone' AND " +
            "metric = 'firms'"));
    }

    [Fact]
    public async Task a_newer_assessment_of_the_same_firm_replaces_the_older_one()
    {
        var first = await peers.CloseAsync(new FirmProfile("Twice Oy", "MT", "J", 60), 1, new Random(2));
        var firmId = (await peers.Commands.LoadAsync(first, default))!.FirmId;
        var before = await peers.FirmsAsync();
        var second = await peers.CloseAsync(new FirmProfile("Twice Oy", "MT", "J", 300), 5, new Random(3), firmId);
        Assert.Equal(before, await peers.FirmsAsync());
        Assert.Equal(second.ToString(),
            await peers.ScalarAsync<string>("SELECT data->>'assessmentId' FROM mt_doc_benchmark_contribution WHERE " +
            $"id = 'dcvn:{firmId}'"));
        // The older one closing again later does not take the place back.
        var commands = peers.Commands;
        await commands.DecideAsync(first, (s, _) => AssessmentRules.Reopen(s, "again", "admin", commands.Now), default);
        await commands.DecideAsync(first, (s, _) => AssessmentRules.Close(s, "admin", commands.Now), default);
        Assert.Equal(second.ToString(),
            await peers.ScalarAsync<string>("SELECT data->>'assessmentId' FROM mt_doc_benchmark_contribution WHERE " +
            $"id = 'dcvn:{firmId}'"));
        Assert.Equal(0,
            await peers.ScalarAsync<long>("SELECT count(*) FROM benchmark_stats WHERE dimension = 'size' AND value = " +
            "'medium' AND metric = 'firms' AND n < 0"));
    }

    [Fact]
    public async Task a_firm_id_must_be_a_firm_of_the_callers_organisation()
    {
        var firm = new FirmProfile("Other Oy", "FI", "C", 20);
        var (unknown, _) = await peers.Commands.StartAsync(new Principal(PrincipalRole.Consultant, "key:x",
            PeersFixture.Organisation), "dcvn", 1, firm, "en", "managing_director", default, Guid.NewGuid());
        Assert.Equal("FIRM_NOT_FOUND", unknown.Problems.Single().Code);
        var mine = await peers.CloseAsync(firm, 3, new Random(4));
        var firmId = (await peers.Commands.LoadAsync(mine, default))!.FirmId;
        var (foreign, _) = await peers.Commands.StartAsync(new Principal(PrincipalRole.Consultant, "key:y", "rivals"),
            "dcvn", 1, firm, "en", "managing_director", default, firmId);
        Assert.Equal("FIRM_NOT_FOUND", foreign.Problems.Single().Code);
        var (again, _) = await peers.Commands.StartAsync(Admin, "dcvn", 1, firm, "en", "managing_director",
            default, firmId);
        Assert.True(again.Succeeded);
        Assert.Equal(firmId, (await peers.Commands.LoadAsync(again.AssessmentId, default))!.FirmId);
    }

    [Fact]
    public async Task rebuilding_from_closed_assessments_gives_the_incrementally_kept_aggregates_and_is_idempotent()
    {
        var incremental = await peers.ScalarAsync<string>(Stats);
        var services = peers.Host.Services;
        using var scope = services.CreateScope();
        await CapabilityAssessment.Operations.BenchmarksCommand.RebuildAsync(scope.ServiceProvider,
            TextWriter.Null, default);
        Assert.Equal(incremental, await peers.ScalarAsync<string>(Stats));
        await CapabilityAssessment.Operations.BenchmarksCommand.RebuildAsync(scope.ServiceProvider,
            TextWriter.Null, default);
        Assert.Equal(incremental, await peers.ScalarAsync<string>(Stats));
    }
}
