using CapabilityAssessment.Assessments;
using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CapabilityAssessment.Tests.Benchmarks;

/// <summary>The reader keeps histograms it has seen and is sent only changed ones; it must never answer with stale bins.</summary>
[Collection("peers")]
public sealed class reading_aggregate_rows(PeersFixture peers)
{
    private BenchmarkReader Cached => peers.Host.Services.GetRequiredService<BenchmarkReader>();

    private BenchmarkReader Uncached => new(peers.Host.Services.GetRequiredService<IDocumentStore>(),
        peers.Host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>(),
        Options.Create(new BenchmarkOptions { CachedGroups = 0 }.WithDefaults()));

    private static Task<(SuppressionSnapshot, Dictionary<string, Histogram> Rows)> ReadAsync(BenchmarkReader reader, PeerGroup group) =>
        reader.ReadAsync("dcvn", ScoringEngine.ScoringVersion, group, default);

    [Fact]
    public async Task a_group_read_again_after_a_firm_closes_has_the_new_firm_in_every_histogram()
    {
        var group = new PeerGroup("country", "FI");
        var (_, before) = await ReadAsync(Cached, group);
        await ReadAsync(Cached, group); // now every row of the group is cached

        await peers.CloseAsync(new FirmProfile("Fresh Oy", "FI", "J", 40), 5, new Random(3));
        var (_, after) = await ReadAsync(Cached, group);
        var (_, truth) = await ReadAsync(Uncached, group);

        Assert.Equal(before["firms"].N + 1, after["firms"].N);
        Assert.Equal(truth.Keys.Order(), after.Keys.Order());
        foreach (var (metric, row) in truth)
        {
            Assert.Equal(row.N, after[metric].N);
            Assert.Equal(row.Bins, after[metric].Bins);
            Assert.Equal(row.Bins.Sum(), after[metric].Bins.Sum());
        }
        Assert.Equal(before["firms"].Bins.Sum() + 1, after["firms"].Bins.Sum());
    }

    [Fact]
    public async Task an_unchanged_group_is_answered_with_the_same_statistics_as_a_reader_without_a_cache()
    {
        var group = PeerGroup.Everyone;
        await ReadAsync(Cached, group);
        var (_, again) = await ReadAsync(Cached, group);
        var (_, truth) = await ReadAsync(Uncached, group);
        Assert.Equal(truth.Count, again.Count);
        foreach (var (metric, row) in truth)
        {
            Assert.Equal((row.N, row.Sum, row.SumOfSquares), (again[metric].N, again[metric].Sum, again[metric].SumOfSquares));
            Assert.Equal(row.Bins, again[metric].Bins);
        }
    }
}
