using System.Text.Json;
using CapabilityAssessment.Storage;
using Marten;
using Npgsql;

namespace CapabilityAssessment.Norms;

/// <summary>
/// Membership over time (Sql/0001): records the state of every contribution that changed since the last release, and
/// counts, per group and metric, the firms whose membership or score differs between an earlier release and now.
/// Both cost what changed, not the population: only marked and changed contributions are read.
/// </summary>
internal sealed class NormChanges(IDocumentStore store, NpgsqlConnection connection, string instrumentKey,
    string scoringVersion)
{
    private string T(string table) => store.Qualified(table);

    /// <summary>
    /// The states of the contributions marked pending, as of release `sequence`; returns how many changed.
    /// </summary>
    public async Task<int> RecordAsync(long sequence, CancellationToken ct)
    {
        // Fresh statistics on the pending set first: after a bulk change the planner must see thousands of rows there
        // and hash-join them, not loop over the contributions once per row.
        await using (var analyze = new NpgsqlCommand($"ANALYZE {T("norm_pending")}", connection))
            await analyze.ExecuteNonQueryAsync(ct);
        await using var record = new NpgsqlCommand($"""
            WITH now AS (
                SELECT p.contribution_id, md5(jsonb_build_array(d.data->'groups', d.data->'scores')::text) AS fingerprint,
                       ARRAY(SELECT jsonb_array_elements_text(d.data->'groups')) AS groups,
                       (SELECT jsonb_object_agg(s->>'metric', s->'score') FROM jsonb_array_elements(d.data->'scores') s) AS scores
                FROM {T("norm_pending")} p
                LEFT JOIN {T(StoreTables.PeerContributions)} d ON d.id = p.contribution_id AND d.data->>'scoringVersion' = $2
                WHERE p.instrument_key = $1),
            last AS (
                SELECT DISTINCT ON (c.contribution_id) c.contribution_id, c.fingerprint FROM {T("norm_changes")} c
                WHERE c.instrument_key = $1 AND c.scoring_version = $2 AND c.contribution_id IN (SELECT contribution_id FROM now)
                ORDER BY c.contribution_id, c.release_seq DESC)
            INSERT INTO {T("norm_changes")} (instrument_key, scoring_version, contribution_id, release_seq, fingerprint, groups, scores)
            SELECT $1, $2, now.contribution_id, $3, now.fingerprint, coalesce(now.groups, '{"{}"}'), coalesce(now.scores, '{"{}"}')
            FROM now LEFT JOIN last USING (contribution_id)
            WHERE now.fingerprint IS DISTINCT FROM last.fingerprint
            """, connection) { CommandTimeout = 0 };
        record.Parameters.Add(new() { Value = instrumentKey });
        record.Parameters.Add(new() { Value = scoringVersion });
        record.Parameters.Add(new() { Value = sequence });
        var changed = await record.ExecuteNonQueryAsync(ct);
        await using var clear = new NpgsqlCommand($"DELETE FROM {T("norm_pending")} WHERE instrument_key = $1",
            connection) { CommandTimeout = 0 };
        clear.Parameters.Add(new() { Value = instrumentKey });
        await clear.ExecuteNonQueryAsync(ct);
        return changed;
    }

    /// <summary>Contributions (firms) that changed in any way since release `basis`.</summary>
    public async Task<long> FirmsChangedSinceAsync(long basis, CancellationToken ct)
    {
        await using var command =
            new NpgsqlCommand($"SELECT count(DISTINCT contribution_id) FROM {T("norm_changes")} " +
            "WHERE instrument_key = $1 AND scoring_version = $2 AND release_seq > $3", connection)
                { CommandTimeout = 0 };
        command.Parameters.Add(new() { Value = instrumentKey });
        command.Parameters.Add(new() { Value = scoringVersion });
        command.Parameters.Add(new() { Value = basis });
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// Per (group, metric): firms that joined, left, or changed their score there since release `basis`.
    /// </summary>
    public async Task<Dictionary<(string, string), int>> CountSinceAsync(long basis, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            WITH touched AS (
                SELECT DISTINCT contribution_id FROM {T("norm_changes")}
                WHERE instrument_key = $1 AND scoring_version = $2 AND release_seq > $3),
            states AS (
                SELECT DISTINCT ON (c.contribution_id, c.release_seq > $3) c.contribution_id, c.release_seq > $3 AS now,
                       c.fingerprint, c.groups, c.scores
                FROM {T("norm_changes")} c JOIN touched USING (contribution_id)
                WHERE c.instrument_key = $1 AND c.scoring_version = $2
                ORDER BY c.contribution_id, c.release_seq > $3, c.release_seq DESC)
            SELECT n.groups, n.scores::text, b.groups, b.scores::text
            FROM states n LEFT JOIN states b ON b.contribution_id = n.contribution_id AND NOT b.now
            WHERE n.now AND n.fingerprint IS DISTINCT FROM b.fingerprint
            """, connection) { CommandTimeout = 0 };
        command.Parameters.Add(new() { Value = instrumentKey });
        command.Parameters.Add(new() { Value = scoringVersion });
        command.Parameters.Add(new() { Value = basis });
        var counts = new Dictionary<(string, string), int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (now, nowScores) = (reader.GetFieldValue<string[]>(0), Scores(reader.GetString(1)));
            var (before, beforeScores) = reader.IsDBNull(2) ? ([], new Dictionary<string, double>())
                : (reader.GetFieldValue<string[]>(2), Scores(reader.GetString(3)));
            foreach (var group in now.Union(before))
                foreach (var metric in nowScores.Keys.Union(beforeScores.Keys))
                {
                    double? was = before.Contains(group) && beforeScores.TryGetValue(metric, out var x) ? x : null;
                    double? @is = now.Contains(group) && nowScores.TryGetValue(metric, out var y) ? y : null;
                    if (was != @is) counts[(group, metric)] = counts.GetValueOrDefault((group, metric)) + 1;
                }
        }
        return counts;
    }

    private static Dictionary<string, double> Scores(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, double>>(json) ?? [];
}
