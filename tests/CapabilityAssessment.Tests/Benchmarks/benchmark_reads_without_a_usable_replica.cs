using System.Text.Json;
using Alba;
using CapabilityAssessment.Access;
using CapabilityAssessment.Tests.Fieldwork;

namespace CapabilityAssessment.Tests.Benchmarks;

/// <summary>
/// ConnectionStrings:BenchmarkReads names a replica that cannot serve: benchmark reads fall back to the primary and
/// /readyz stays 200 but says "degraded" and why. (ops/test-replication runs the
/// same against a real streaming replica.)
/// </summary>
[Collection("peers")]
public sealed class benchmark_reads_without_a_usable_replica(PeersFixture peers)
{
    private async Task<(int N, JsonElement Ready)> BenchmarkAndReadiness(string replica)
    {
        await using var host = await AppFixture.StartAsync(peers.Database.ConnectionString,
            new Dictionary<string, string?>
        {
            ["ConnectionStrings:BenchmarkReads"] = replica,
        });
        var consultant = new AssessmentClient(
            host, await AssessmentClient.IssueKey(host, PrincipalRole.Consultant, "elsewhere"));
        var n = (await consultant.Data(benchmarks_through_graphql.Query, new { g = new { } }))
            .GetProperty("benchmark").GetProperty("n").GetInt32();
        var ready = await host.Scenario(s => { s.Get.Url("/readyz"); s.StatusCodeShouldBeOk(); });
        return (n, await ready.ReadAsJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task a_stopped_replica_leaves_benchmark_reads_on_the_primary_and_readyz_degraded()
    {
        var (n, ready) = await BenchmarkAndReadiness(
            $"Host=127.0.0.1;Port={UnusedPort()};Username=postgres;Database=nowhere;Timeout=2");

        Assert.Equal((await peers.PublishAsync()).Firms, n);
        Assert.Equal("degraded", ready.GetProperty("status").GetString());
        var replica = ready.GetProperty("replica");
        Assert.False(replica.GetProperty("reachable").GetBoolean());
        Assert.False(replica.GetProperty("usable").GetBoolean());
        Assert.StartsWith("unreachable", replica.GetProperty("problem").GetString());
    }

    [Fact]
    public async Task a_replica_that_is_not_a_standby_is_not_used_and_readyz_says_so()
    {
        // The primary itself named as the replica: reachable, but pg_is_in_recovery() is false.
        var (n, ready) = await BenchmarkAndReadiness(peers.Database.ConnectionString);

        Assert.Equal((await peers.PublishAsync()).Firms, n);
        var replica = ready.GetProperty("replica");
        Assert.True(replica.GetProperty("reachable").GetBoolean());
        Assert.False(replica.GetProperty("usable").GetBoolean());
        Assert.Contains("not a standby", replica.GetProperty("problem").GetString());
    }

    private static int UnusedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
