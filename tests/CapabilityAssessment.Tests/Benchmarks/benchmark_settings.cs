using Alba;
using CapabilityAssessment.Benchmarks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Tests.Benchmarks;

/// <summary>
/// Bad "Benchmarks" settings stop the service at start-up with a message naming the setting, never later.
/// </summary>
[Collection("peers")]
public sealed class benchmark_settings(PeersFixture peers)
{
    [Theory]
    [InlineData("Benchmarks:K", "2", "Benchmarks:K is 2; it must be at least 3")]
    [InlineData("Benchmarks:Dimensions:0", "shoe_size", "unknown dimension 'shoe_size'")]
    [InlineData("Benchmarks:Combinations:0", "industry+industry",
        "'industry+industry' must cross two different configured dimensions")]
    public async Task a_bad_setting_stops_the_host_at_start_up_naming_it(string setting, string value, string message)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => AlbaHost.For<Program>(
            b => b.UseEnvironment("Testing"),
            ConfigurationOverride.Create(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Assessments"] = peers.Database.ConnectionString,
                ["Logging:LogLevel:Default"] = "Warning",
                [setting] = value,
            })));
        Assert.Contains(message, failure.Message);
        Assert.Equal(typeof(BenchmarkOptions), failure.OptionsType);
    }

    [Fact]
    public async Task an_unreachable_read_replica_leaves_benchmark_reads_on_the_primary()
    {
        // That reads do go to a replica that is well is shown against a real streaming replica by ops/test-replication.
        await using var host = await AppFixture.StartAsync(peers.Database.ConnectionString,
            new Dictionary<string, string?>
        {
            ["ConnectionStrings:BenchmarkReads"] = "Host=127.0.0.1;Port=1;Username=postgres;Timeout=1",
        });
        var reads = host.Services.GetRequiredService<CapabilityAssessment.Norms.NormReads>();
        var release = await reads.LatestAsync("dcvn", ScoringEngine.ScoringVersion, default);
        var cells = await reads.CellsAsync(release!.Id, [PeerGroup.Everyone.Key], default);
        Assert.NotEmpty(cells);
        Assert.All(cells.Values, c => Assert.True(c.Figures is null || c.Figures.N > 0));
    }
}
