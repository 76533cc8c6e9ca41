using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Store;

namespace CapabilityAssessment.Exports.Rows;

/// <summary>
/// Rebuilds from the events the export rows of closed assessments that have none, or one of an older scoring version:
/// assessments closed before export_rows existed, or after a scoring change. Run before every release (when nothing is
/// due it is one anti-join) and by `rescore`. Rebuilds are guarded by the stream version (<see cref="ExportRowSql.QueueRebuild"/>),
/// so one racing a reopening or a new close never leaves a stale row. Assessments of an instrument missing from the
/// catalog cannot be scored and are skipped (and counted).
/// </summary>
internal static class ExportRowBackfill
{
    private const int BatchSize = 500;

    public sealed record Outcome(int Rebuilt, int Skipped);

    public static async Task<Outcome> EnsureAsync(DocumentStore store, InstrumentCatalog catalog, string? instrumentKey, CancellationToken ct)
    {
        var due = await DueAsync(store, instrumentKey, ct);
        var (rebuilt, skipped) = (0, 0);
        foreach (var batch in due.Chunk(BatchSize))
        {
            await using var session = store.LightweightSession();
            foreach (var state in (await session.Events.AggregateStreamsAsync<Assessment>(batch, ct)).Values)
            {
                if (catalog.Get(state.Instrument.Key, state.Instrument.Version) is not { } instrument) { skipped++; continue; }
                if (ExportRow.From(state, instrument) is not { } row) continue;
                ExportRowSql.QueueRebuild(session, row);
                rebuilt++;
            }
            await session.SaveChangesAsync(ct);
        }
        return new Outcome(rebuilt, skipped);
    }

    private static async Task<List<Guid>> DueAsync(DocumentStore store, string? instrumentKey, CancellationToken ct)
    {
        var schema = $"\"{store.Options.SchemaName}\"";
        await using var command = store.DataSource.CreateCommand($"""
            SELECT s.id FROM {schema}.doc_assessment_summary s
            LEFT JOIN {schema}.export_rows r ON r.assessment_id = s.id
            WHERE s.data->>'status' = 'CLOSED' AND ($1::text IS NULL OR s.data->>'instrumentKey' = $1)
              AND (r.assessment_id IS NULL OR r.scoring_version <> $2)
            """);
        command.CommandTimeout = 0;
        command.Parameters.Add(new() { Value = (object?)instrumentKey ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = ScoringEngine.ScoringVersion, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid(0));
        return ids;
    }
}
