using CapabilityAssessment.Assessments;
using Marten;
using Npgsql;

namespace CapabilityAssessment.Storage;

/// <summary>
/// `store migrate`: carries a database written by the project's earlier hand-written store (tables events, streams and
/// doc_*) over to Marten's tables, in one transaction: streams and events keep their ids, versions, sequence numbers
/// and timestamps; documents keep their JSON; what is derived from the events (the assessment snapshots and summaries)
/// is rebuilt by the projections and checked against the old summaries; the sequence continues after the last event.
/// Idempotent: rows already carried over are left alone, so a second run copies nothing. The old tables stay (rename
/// or drop them once the upgrade is verified). export_rows and the peer aggregates are app tables and stay where they
/// are; the aggregates are recomputed from the copied contributions by their trigger.
/// </summary>
internal static class LegacyStoreMigration
{
    private static readonly string[] Documents =
        ["api_key", "respondent_link", "data_protection_key", "firm", "profile", "export_audit", "dataset_release"];

    public sealed record Outcome(long Streams, long Events, long Documents, long Contributions, int Rebuilt);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        if (args is not ["migrate"])
        {
            await output.WriteLineAsync("usage: store migrate");
            return 2;
        }
        await services.ApplySchemaAsync();
        var outcome = await MigrateAsync(services.GetRequiredService<IDocumentStore>(), CancellationToken.None);
        await output.WriteLineAsync(outcome is null
            ? "Nothing to migrate: no tables of the earlier store (events, streams) in this schema."
            : $"Done: {outcome.Streams} streams, {outcome.Events} events, {outcome.Documents} documents and " +
              $"{outcome.Contributions} peer contributions copied; {outcome.Rebuilt} assessments projected " +
              "and checked.");
        return 0;
    }

    public static async Task<Outcome?> MigrateAsync(IDocumentStore store, CancellationToken ct)
    {
        await using var connection = await store.ConnectAsync(ct);
        string T(string table) => store.Qualified(table);
        if (!await ExistsAsync(connection, store, "events")) return null;
        await using var transaction = await connection.BeginTransactionAsync(ct);
        async Task<long> Execute(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
            return await command.ExecuteNonQueryAsync(ct);
        }
        var streams = await Execute($"""
            INSERT INTO {T(StoreTables.Streams)} (id, type, version, timestamp, created)
            SELECT id, type, version, updated, created FROM {T("streams")} ON CONFLICT (id) DO NOTHING
            """);
        var events = await Execute($"""
            INSERT INTO {T(StoreTables.Events)} (seq_id, id, stream_id, version, data, type, timestamp, mt_dotnet_type)
            SELECT seq_id, id, stream_id, version, data, type, "timestamp", dotnet_type FROM {T("events")}
            ON CONFLICT DO NOTHING
            """);
        await Execute($"""
            SELECT setval('{store.Options.DatabaseSchemaName}.mt_events_sequence',
                          greatest((SELECT max(seq_id) FROM {T(StoreTables.Events)}), 1))
            """);
        long documents = 0;
        foreach (var alias in Documents)
            if (await ExistsAsync(connection, store, $"doc_{alias}", transaction))
            {
                // Only documents with numeric revisions (releases, for claims) keep their version; Marten's other
                // documents carry a random uuid version it assigns itself.
                var version = alias == "dataset_release" ? ", mt_version" : "";
                documents += await Execute($"""
                    INSERT INTO {T("mt_doc_" + alias)} (id, data, mt_last_modified, mt_dotnet_type{version})
                    SELECT id, data, last_modified, dotnet_type{(version == "" ? "" : ", version")} FROM {T("doc_" + alias)}
                    ON CONFLICT (id) DO NOTHING
                    """);
            }
        long contributions = 0;
        if (await ExistsAsync(connection, store, "doc_benchmark_contribution", transaction))
        {
            // The trigger adds every copied contribution to the aggregates: start them from zero the first time.
            await Execute($"""
                DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM {T(StoreTables.PeerContributions)}) THEN
                    TRUNCATE {T(StoreTables.PeerStatistics)}; END IF; END $$
                """);
            contributions = await Execute($"""
                INSERT INTO {T(StoreTables.PeerContributions)} (id, data, mt_last_modified, mt_dotnet_type)
                SELECT id, data, last_modified, dotnet_type FROM {T("doc_benchmark_contribution")} ON CONFLICT (id) DO NOTHING
                """);
        }
        var rebuilt = await ProjectAsync(store, connection, transaction, ct);
        // Summaries copied from the earlier store get their firm id (AssessmentSummary.FirmId) as 0002 gave it; those
        // projected here have it already.
        if (documents > 0)
            await Execute($"SET LOCAL search_path TO \"{store.Options.DatabaseSchemaName}\";\n" +
                AppMigrations.Sql("assessments", 2));
        await transaction.CommitAsync(ct);
        return new Outcome(streams, events, documents, contributions, rebuilt);
    }

    /// <summary>
    /// Projects every assessment stream that has no snapshot yet, and checks each summary against the old one.
    /// </summary>
    private static async Task<int> ProjectAsync(IDocumentStore store, NpgsqlConnection connection, NpgsqlTransaction tx,
        CancellationToken ct)
    {
        var ids = new List<Guid>();
        await using (var command = new NpgsqlCommand($"""
            SELECT s.id FROM {store.Qualified(StoreTables.Streams)} s
            WHERE NOT EXISTS (SELECT 1 FROM {store.Qualified(StoreTables.Assessments)} a WHERE a.id = s.id)
            """, connection, tx))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid(0));
        var oldSummaries = await ExistsAsync(connection, store, "doc_assessment_summary", tx);
        foreach (var batch in ids.Chunk(500))
        {
            await using var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(tx));
            foreach (var id in batch)
            {
                var state = await session.Events.AggregateStreamAsync<Assessment>(id, token: ct)
                    ?? throw new InvalidOperationException($"Stream {id} does not fold into an assessment.");
                var summary = await session.Events.AggregateStreamAsync<AssessmentSummary>(id, token: ct)!;
                if (state.Version != (await session.Events.FetchStreamStateAsync(id, ct))!.Version)
                    throw new InvalidOperationException($"Stream {id}: the fold reached version {state.Version}, not " +
                        "the stream's.");
                // Old summaries have no firm id (AssessmentSummary.FirmId is newer).
                if (oldSummaries && await OldSummaryAsync(store, connection, tx, id, ct) is { } old
                    && old with { FirmId = summary!.FirmId } != summary)
                    throw new InvalidOperationException($"Stream {id}: the projected summary differs from " +
                        "the old one.");
                session.Store(state);
                if (summary is not null) session.Store(summary);
            }
            await session.SaveChangesAsync(ct);
        }
        return ids.Count;
    }

    private static async Task<AssessmentSummary?> OldSummaryAsync(
        IDocumentStore store, NpgsqlConnection connection, NpgsqlTransaction tx, Guid id, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT data::text FROM {store.Qualified("doc_assessment_summary")} WHERE id = $1", connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return await command.ExecuteScalarAsync(ct) is string json
            ? System.Text.Json.JsonSerializer.Deserialize<AssessmentSummary>(json,
                new System.Text.Json.JsonSerializerOptions(
                System.Text.Json.JsonSerializerDefaults.Web))
            : null;
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, IDocumentStore store, string table,
        NpgsqlTransaction? tx = null)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass($1) IS NOT NULL", connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = store.Qualified(table) });
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
