using System.Collections.Concurrent;
using CapabilityAssessment.Http;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CapabilityAssessment.Benchmarks;

/// <summary>Every group's n per metric of one instrument and scoring version, and what disclosure control withholds.</summary>
internal sealed record SuppressionSnapshot(long Generation, IReadOnlyDictionary<string, Dictionary<PeerGroup, int>> Counts,
    IReadOnlyDictionary<string, Dictionary<PeerGroup, SuppressionReason>> Withheld);

/// <summary>
/// Reads aggregate rows, never raw scores: one group's rows (a few dozen, with their histograms) per request, plus the
/// counts of all groups to decide suppression, cached until the aggregates' generation changes.
/// Histograms (4 KB each, about 90 KB per group) are the cost of a read, so the reader keeps the ones it has seen and asks
/// PostgreSQL for a row's bins only when the row changed since: a row's xmin (the transaction that wrote this version)
/// identifies the version, and every maintaining UPDATE writes a new one. Every read still goes to the database, so
/// n, sum and the versions are always current; only unchanged bins are not sent again.
/// </summary>
internal sealed class BenchmarkReader(
    IDocumentStore store, NpgsqlDataSource primary, IOptions<BenchmarkOptions> options, BenchmarkReplica? replica = null)
{
    /// <summary>An optional read replica for benchmark reads: aggregates tolerate seconds of lag, and the generation and
    /// rows still come from one batch on one connection, so a replica gives a consistent, slightly older picture.</summary>
    public const string ReplicaConnectionStringName = "BenchmarkReads";

    private readonly ConcurrentDictionary<(string, string), SuppressionSnapshot> _snapshots = new();
    private readonly GroupRowCache _rows = new(options.Value.CachedGroups);
    private string Schema => $"\"{store.Options.DatabaseSchemaName}\"";

    public BenchmarkOptions Options => options.Value;

    public async Task<(SuppressionSnapshot Snapshot, Dictionary<string, Histogram> Rows)> ReadAsync(
        string instrumentKey, string scoringVersion, PeerGroup group, CancellationToken ct)
    {
        var cacheKey = (instrumentKey, scoringVersion, group);
        var known = _rows.Get(cacheKey);
        await using var connection = await OpenAsync(ct);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new($"SELECT generation FROM {Schema}.benchmark_generation WHERE id = 1"),
                new($"""
                    SELECT metric, xmin::text, n, sum, sum_of_squares,
                           CASE WHEN metric || '@' || xmin::text = ANY($5) THEN NULL ELSE bins END
                    FROM {Schema}.benchmark_stats
                    WHERE instrument_key = $1 AND scoring_version = $2 AND dimension = $3 AND value = $4
                    """)
                {
                    Parameters =
                    {
                        new() { Value = instrumentKey }, new() { Value = scoringVersion }, new() { Value = group.Dimension },
                        new() { Value = group.Value }, new() { Value = known.Select(k => $"{k.Key}@{k.Value.Version}").ToArray() },
                    },
                },
            },
        };
        var versions = new Dictionary<string, GroupRowCache.Row>();
        long generation;
        await using (var reader = await batch.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            generation = reader.GetInt64(0);
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var (metric, version) = (reader.GetString(0), reader.GetString(1));
                var bins = reader.IsDBNull(5) ? known[metric].Histogram.Bins : reader.GetFieldValue<int[]>(5);
                versions[metric] = new(version, new Histogram(reader.GetInt32(2), reader.GetDouble(3), reader.GetDouble(4), bins));
            }
        }
        _rows.Keep(cacheKey, versions);
        var rows = versions.ToDictionary(v => v.Key, v => v.Value.Histogram);
        var snapshot = await SnapshotAsync(connection, instrumentKey, scoringVersion, generation, ct);
        // Rows changed after the counts were read: decide on counts that match them, never on stale ones.
        if (rows.Any(r => snapshot.Counts.GetValueOrDefault(r.Key)?.GetValueOrDefault(group) != r.Value.N))
            snapshot = await SnapshotAsync(connection, instrumentKey, scoringVersion, -1, ct);
        return (snapshot, rows);
    }

    /// <summary>The replica while it is well (reachable, a standby, within Benchmarks:MaxReplicaLag), else the primary.</summary>
    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        if (replica is not null && (await replica.StatusAsync(ct)).Usable)
        {
            try
            {
                return await replica.DataSource.OpenConnectionAsync(ct);
            }
            catch (Exception e) when (DatabaseFaults.IsUnavailable(e) || e is NpgsqlException)
            {
                replica.Failed(e);
            }
        }
        return await primary.OpenConnectionAsync(ct);
    }

    private async Task<SuppressionSnapshot> SnapshotAsync(NpgsqlConnection connection, string key, string scoringVersion, long generation, CancellationToken ct)
    {
        if (generation >= 0 && _snapshots.TryGetValue((key, scoringVersion), out var cached) && cached.Generation == generation) return cached;
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await using var command = new NpgsqlCommand($"""
            SELECT (SELECT generation FROM {Schema}.benchmark_generation WHERE id = 1), dimension, value, metric, n
            FROM {Schema}.benchmark_stats WHERE instrument_key = $1 AND scoring_version = $2 AND n > 0
            """, connection, transaction) { Parameters = { new() { Value = key }, new() { Value = scoringVersion } } };
        var counts = new Dictionary<string, Dictionary<PeerGroup, int>>();
        var seen = generation;
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                seen = reader.GetInt64(0);
                var metric = reader.GetString(3);
                if (!counts.TryGetValue(metric, out var n)) counts[metric] = n = [];
                n[new PeerGroup(reader.GetString(1), reader.GetString(2))] = reader.GetInt32(4);
            }
        await transaction.CommitAsync(ct);
        var snapshot = new SuppressionSnapshot(seen, counts, counts.ToDictionary(c => c.Key, c => Suppression.Decide(c.Value, Options)));
        _snapshots[(key, scoringVersion)] = snapshot;
        return snapshot;
    }
}
