using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Storage;
using Marten;
using Npgsql;

namespace CapabilityAssessment.Operations;

/// <summary>
/// `benchmarks rebuild`: recomputes every firm's contribution from its closed assessments through ClosingWrites (the
/// same writes a live close makes; a reopened assessment no longer counts), then the aggregates from scratch, in one
/// transaction. Idempotent; run it after changing Benchmarks:Dimensions, Combinations or AgeClassBounds.
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
        await services.ApplySchemaAsync();
        var count = await RebuildAsync(services, output, CancellationToken.None);
        await output.WriteLineAsync($"Done: aggregates rebuilt from {count} closed assessments.");
        return 0;
    }

    public static async Task<int> RebuildAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var closing = services.GetRequiredService<ClosingWrites>();
        var commands = services.GetRequiredService<AssessmentCommands>();
        IReadOnlyList<Guid> closed;
        await using (var query = store.QuerySession())
            closed = await query.Query<AssessmentSummary>()
                .Where(s => s.Status == "CLOSED")
                .Select(s => s.Id)
                .ToListAsync(ct);
        await using var connection = await store.ConnectAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // TRUNCATE fires no row triggers; each contribution stored below adds itself through the maintenance trigger,
        // and the trigger keeps a firm's later-started assessment whatever the order.
        // TRUNCATE fires no row triggers either: every contribution present now is marked changed for the next norm
        // release (Norms/Sql/0001), so one that does not come back counts as gone.
        await using (var mark =
            new NpgsqlCommand($"INSERT INTO {store.Qualified("norm_pending")} SELECT data->>'instrumentKey', id " +
            $"FROM {store.Qualified(StoreTables.PeerContributions)} ON CONFLICT DO NOTHING", connection, transaction))
            await mark.ExecuteNonQueryAsync(ct);
        var tables = $"{store.Qualified(StoreTables.PeerContributions)}, {store.Qualified(StoreTables.PeerStatistics)}";
        await using (var clear = new NpgsqlCommand($"TRUNCATE {tables}", connection, transaction))
            await clear.ExecuteNonQueryAsync(ct);
        var done = 0;
        foreach (var batch in closed.Chunk(BatchSize))
        {
            await using var session =
                store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(transaction));
            foreach (var state in await AssessmentReads.LatestManyAsync(session, batch, ct))
                if (state.Status == AssessmentStatus.Closed)
                    closing.Closed(session, state, commands.PinnedInstrument(state), commands.Now, rebuild: true);
            await session.SaveChangesAsync(ct);
            await output.WriteLineAsync($"{done += batch.Length} of {closed.Count} closed assessments read");
        }
        await transaction.CommitAsync(ct);
        return closed.Count;
    }
}
