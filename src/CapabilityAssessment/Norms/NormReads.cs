using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Http;
using CapabilityAssessment.Storage;
using Marten;
using Npgsql;

namespace CapabilityAssessment.Norms;

/// <summary>
/// Reads releases and their cells: small indexed reads of frozen rows, independent of how many firms there are. They
/// prefer the read replica (ConnectionStrings:BenchmarkReads) while it is well: a release is immutable, so a lagging
/// replica can only miss the newest release, never show a changed one.
/// </summary>
internal sealed class NormReads(IDocumentStore store, NpgsqlDataSource primary, BenchmarkReplica? replica = null)
{
    public const string Releases = "mt_doc_norm_release";
    public const string Reports = "mt_doc_measurement_report";

    public async Task<NormRelease?> LatestAsync(string instrumentKey, string scoringVersion, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await LatestAsync(store, connection, instrumentKey, scoringVersion, ct);
    }

    public static async Task<NormRelease?> LatestAsync(IDocumentStore store, NpgsqlConnection connection,
        string instrumentKey, string scoringVersion, CancellationToken ct) =>
        (await QueryAsync(store, connection, "data->>'instrumentKey' = $1 AND data->>'scoringVersion' = $2",
            "(data->>'sequence')::bigint DESC LIMIT 1", ct, instrumentKey, scoringVersion)).FirstOrDefault();

    /// <summary>The release a caller names (its id or its label), or the latest when none is named.</summary>
    public async Task<NormRelease?> FindAsync(string instrumentKey, string scoringVersion, string? release,
        CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        if (release is null) return await LatestAsync(store, connection, instrumentKey, scoringVersion, ct);
        var found = Guid.TryParse(release, out var id)
            ? await QueryAsync(store, connection, "id = $1 AND data->>'instrumentKey' = $2", "id", ct, id,
                instrumentKey)
            : await QueryAsync(store, connection,
                "data->>'instrumentKey' = $1 AND data->>'scoringVersion' = $2 AND data->>'label' = $3",
                "id", ct, instrumentKey, scoringVersion, release);
        return found.FirstOrDefault();
    }

    public async Task<IReadOnlyList<NormRelease>> ListAsync(string instrumentKey, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await QueryAsync(store, connection, "data->>'instrumentKey' = $1", "data->>'publishedAt' DESC", ct,
            instrumentKey);
    }

    /// <summary>The measurement-model report cut with a release: one document read by its id.</summary>
    public async Task<MeasurementReport?> MeasurementReportAsync(Guid release, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand($"SELECT data FROM {store.Qualified(Reports)} WHERE id = $1",
            connection);
        command.Parameters.Add(new() { Value = release });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? store.Options.Serializer().FromJson<MeasurementReport>(reader, 0) : null;
    }

    /// <param name="bins">With each cell's histogram, for percentile ranks.</param>
    public async Task<Dictionary<(string, string), NormCell>> CellsAsync(Guid release,
        IReadOnlyCollection<string>? groups, CancellationToken ct, bool bins = false)
    {
        await using var connection = await OpenAsync(ct);
        return await NormCells.ReadAsync(store, connection, release, groups, bins, ct);
    }

    private static async Task<List<NormRelease>> QueryAsync(IDocumentStore store, NpgsqlConnection connection,
        string where, string order, CancellationToken ct, params object[] values)
    {
        await using var command =
            new NpgsqlCommand($"SELECT data FROM {store.Qualified(Releases)} WHERE {where} ORDER BY {order}",
            connection);
        foreach (var value in values) command.Parameters.Add(new() { Value = value });
        var releases = new List<NormRelease>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) releases.Add(store.Options.Serializer().FromJson<NormRelease>(reader, 0));
        return releases;
    }

    /// <summary>
    /// The replica while it is well (reachable, a standby, within Benchmarks:MaxReplicaLag), else the primary.
    /// </summary>
    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        if (replica is not null && (await replica.StatusAsync(ct)).Usable)
            try
            {
                return await replica.DataSource.OpenConnectionAsync(ct);
            }
            catch (Exception e) when (DatabaseFaults.IsUnavailable(e) || e is NpgsqlException)
            {
                replica.Failed(e);
            }
        return await primary.OpenConnectionAsync(ct);
    }
}
