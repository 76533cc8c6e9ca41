using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Storage;
using Marten;

namespace CapabilityAssessment.Exports.Rows;

/// <summary>
/// Rebuilds, through <see cref="ClosedRebuild"/> (the one place that says what a close writes), the export rows of
/// closed assessments that have none, one of an older scoring version, or one without the firm id and language:
/// assessments closed before export_rows existed, or after a scoring change; and deletes rows of assessments no longer
/// closed. Run before every release (when nothing is
/// due it is one anti-join) and by `rescore`. Rebuilds are guarded by the stream version (<see
/// cref="ExportRowSql.QueueRebuild"/>), so one racing a reopening or a new close never leaves a stale row. Assessments
/// of an instrument missing from the catalog cannot be scored and are skipped (and counted).
/// </summary>
internal static class ExportRowBackfill
{
    private const int BatchSize = 500;

    public sealed record Outcome(int Rebuilt, int Skipped, int Removed = 0);

    /// <param name="progress">Told the share of due rows done after each batch (a legacy
    /// backfill can take minutes).</param>
    public static async Task<Outcome> EnsureAsync(
        IDocumentStore store, InstrumentCatalog catalog, ClosedRebuild closing, string? instrumentKey,
        CancellationToken ct, Func<double, Task>? progress = null)
    {
        var (due, orphans) = await DueAsync(store, instrumentKey, ct);
        var (rebuilt, skipped, done) = (0, 0, 0);
        foreach (var batch in due.Chunk(BatchSize))
        {
            if (progress is not null && done > 0) await progress((double)done / due.Count);
            done += batch.Length;
            await using var session = store.LightweightSession();
            foreach (var state in await AssessmentReads.LatestManyAsync(session, batch, ct))
            {
                if (catalog.Get(state.Instrument.Key, state.Instrument.Version) is not { } instrument)
                    { skipped++; continue; }
                if (state.Status != AssessmentStatus.Closed) continue;
                closing.Write(session, state, instrument, DateTimeOffset.UtcNow);
                rebuilt++;
            }
            await session.SaveChangesAsync(ct);
        }
        return new Outcome(rebuilt, skipped, orphans.Count == 0 ? 0 : await RemoveAsync(store, orphans, ct));
    }

    /// <summary>
    /// One pass over both tables (a full join): closed assessments without a current row (none, one of an older scoring
    /// version, or one written before rows carried the firm id and language, Exports/Sql/0002) are due,
    /// and rows whose assessment is not closed (reopened by an instance of a version before export rows,
    /// during a rolling upgrade) are orphans.
    /// </summary>
    private static async Task<(List<Guid> Due, List<Guid> Orphans)> DueAsync(IDocumentStore store,
        string? instrumentKey, CancellationToken ct)
    {
        await using var connection = await store.ConnectAsync(ct);
        await using var command = new Npgsql.NpgsqlCommand($"""
            SELECT coalesce(s.id, r.assessment_id), s.id IS NULL
            FROM (SELECT id FROM {store.Qualified(StoreTables.AssessmentSummaries)}
                  WHERE data->>'status' = 'CLOSED' AND ($1::text IS NULL OR data->>'instrumentKey' = $1)) s
            FULL JOIN (SELECT assessment_id, scoring_version, firm_id FROM {store.Qualified(StoreTables.ExportRows)}
                       WHERE $1::text IS NULL OR instrument_key = $1) r ON r.assessment_id = s.id
            WHERE s.id IS NULL OR r.assessment_id IS NULL OR r.scoring_version <> $2 OR r.firm_id IS NULL
            """);
        command.Connection = connection;
        command.CommandTimeout = 0;
        command.Parameters.Add(new() { Value = (object?)instrumentKey ?? DBNull.Value,
            NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = ScoringEngine.ScoringVersion,
            NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        var (due, orphans) = (new List<Guid>(), new List<Guid>());
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) (reader.GetBoolean(1) ? orphans : due).Add(reader.GetGuid(0));
        return (due, orphans);
    }

    /// <summary>
    /// Deletes the orphans that are still not closed when the delete runs (one may have closed again since).
    /// </summary>
    private static async Task<int> RemoveAsync(IDocumentStore store, List<Guid> orphans, CancellationToken ct)
    {
        await using var connection = await store.ConnectAsync(ct);
        await using var command = new Npgsql.NpgsqlCommand($"""
            DELETE FROM {store.Qualified(StoreTables.ExportRows)} r WHERE r.assessment_id = ANY($1) AND NOT EXISTS
                (SELECT 1 FROM {store.Qualified(StoreTables.AssessmentSummaries)} s
                 WHERE s.id = r.assessment_id AND s.data->>'status' = 'CLOSED')
            """, connection);
        command.Parameters.Add(new() { Value = orphans.ToArray(),
            NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Uuid });
        return await command.ExecuteNonQueryAsync(ct);
    }
}
