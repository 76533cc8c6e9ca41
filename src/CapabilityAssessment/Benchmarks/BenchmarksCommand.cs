using CapabilityAssessment.Assessments;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Store;
using Npgsql;

namespace CapabilityAssessment.Benchmarks;

/// <summary>
/// `benchmarks rebuild`: recomputes every firm's contribution from the stored profiles and the event history (the firm's
/// attributes as of its assessment's last closing), then the aggregates from scratch, in one transaction. Idempotent;
/// run it after changing Benchmarks:Dimensions, Combinations or AgeClassBounds.
/// </summary>
internal static class BenchmarksCommand
{
    private const int BatchSize = 500;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        if (args is not ["rebuild"])
        {
            await output.WriteLineAsync("usage: benchmarks rebuild");
            return 2;
        }
        var store = services.GetRequiredService<DocumentStore>();
        await store.ApplyMigrationsAsync();
        var count = await RebuildAsync(store, services.GetRequiredService<PeerContributions>(), output, CancellationToken.None);
        await output.WriteLineAsync($"Done: aggregates rebuilt from {count} firm contributions.");
        return 0;
    }

    public static async Task<int> RebuildAsync(DocumentStore store, PeerContributions peers, TextWriter output, CancellationToken ct)
    {
        var latest = new Dictionary<string, PeerContribution>();
        await using (var session = store.QuerySession())
            for (var offset = 0; ; offset += BatchSize)
            {
                var profiles = await session.Query<AssessmentProfile>().Skip(offset).Take(BatchSize).ToListAsync(ct);
                if (profiles.Count == 0) break;
                foreach (var profile in profiles)
                {
                    var events = await session.Events.FetchStreamAsync(profile.Id, cancellationToken: ct);
                    var lastClose = events.LastOrDefault(e => e.Data is AssessmentClosed);
                    if (lastClose is null || events[0].Data is not AssessmentStarted started) continue;
                    var state = events.Skip(1).TakeWhile(e => e.Version <= lastClose.Version)
                        .Aggregate(Assessment.Create(started), (s, e) => s.Evolve(e.Data));
                    var contribution = peers.From(state, profile);
                    if (!latest.TryGetValue(contribution.Id, out var other) || other.StartedAt <= contribution.StartedAt)
                        latest[contribution.Id] = contribution;
                }
                await output.WriteLineAsync($"{offset + profiles.Count} profiles read");
            }
        var schema = $"\"{store.Options.SchemaName}\"";
        await using var connection = await store.DataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // TRUNCATE fires no row triggers; each insert below adds its contribution through the maintenance trigger.
        await using (var clear = new NpgsqlCommand($"TRUNCATE {schema}.doc_benchmark_contribution, {schema}.benchmark_stats", connection, transaction))
            await clear.ExecuteNonQueryAsync(ct);
        foreach (var contribution in latest.Values.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            await using var insert = new NpgsqlCommand(
                $"INSERT INTO {schema}.doc_benchmark_contribution (id, data, version, dotnet_type) VALUES ($1, $2::jsonb, 1, $3)", connection, transaction)
            {
                Parameters =
                {
                    new() { Value = contribution.Id },
                    new() { Value = System.Text.Json.JsonSerializer.Serialize(contribution, store.Options.Serializer) },
                    new() { Value = typeof(PeerContribution).FullName! },
                },
            };
            await insert.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return latest.Count;
    }
}
