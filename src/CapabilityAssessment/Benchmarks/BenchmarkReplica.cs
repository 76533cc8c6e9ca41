using CapabilityAssessment.Http;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CapabilityAssessment.Benchmarks;

/// <summary>
/// What the last check of the replica found: reachable, its replay lag, and whether reads may use it.
/// </summary>
public sealed record ReplicaStatus(
    bool Reachable, double? LagSeconds, bool Usable, string? Problem, DateTimeOffset CheckedAt);

/// <summary>
/// The streaming replica benchmark reads prefer (ConnectionStrings:BenchmarkReads), checked at most once per
/// Benchmarks:ReplicaCheckInterval: reads, /readyz and every instance's requests share one cached answer, so checking
/// costs one tiny query every few seconds. A replica that is unreachable, not in recovery (promoted or
/// misconfigured) or further behind than Benchmarks:MaxReplicaLag is not used: benchmark reads go to the
/// primary until a check finds it well again.
/// </summary>
internal sealed class BenchmarkReplica(NpgsqlDataSource dataSource, IOptions<BenchmarkOptions> options,
    TimeProvider clock)
    : IAsyncDisposable
{
    /// <summary>The connection string that names the replica peer-statistics reads prefer.</summary>
    public const string ConnectionStringName = "BenchmarkReads";

    // Lag is the age of the last replayed transaction, but only while WAL waits to be replayed: an idle primary sends
    // nothing, and a replica that has replayed all it received is current however old its last transaction is.
    private const string LagSql = """
        SELECT pg_is_in_recovery(),
               CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
                    ELSE COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()), 0)::float8 END
        """;

    private readonly SemaphoreSlim _checking = new(1, 1);
    private ReplicaStatus? _last;

    public NpgsqlDataSource DataSource => dataSource;

    public async Task<ReplicaStatus> StatusAsync(CancellationToken ct)
    {
        if (Fresh(_last) is { } known) return known;
        await _checking.WaitAsync(ct);
        try
        {
            return Fresh(_last) ?? (_last = await CheckAsync(ct));
        }
        finally
        {
            _checking.Release();
        }
    }

    /// <summary>A read found the replica gone: no read tries it again before the next check.</summary>
    public void Failed(Exception e) =>
        _last = new(false, null, false, "unreachable: " + e.GetBaseException().Message, clock.GetUtcNow());

    private ReplicaStatus? Fresh(ReplicaStatus? status) =>
        status is not null && clock.GetUtcNow() - status.CheckedAt < options.Value.ReplicaCheckInterval ? status : null;

    private async Task<ReplicaStatus> CheckAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        try
        {
            await using var command = dataSource.CreateCommand(LagSql);
            command.CommandTimeout = 5;
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var (inRecovery, lag) = (reader.GetBoolean(0), reader.GetDouble(1));
            var max = options.Value.MaxReplicaLag;
            var problem = !inRecovery ? "not a standby (pg_is_in_recovery() is false)"
                : max > TimeSpan.Zero && lag > max.TotalSeconds
                    ? $"lag {lag:F1} s is beyond Benchmarks:MaxReplicaLag ({max.TotalSeconds:F0} s)"
                : null;
            return new(true, Math.Round(lag, 3), problem is null, problem, now);
        }
        catch (Exception e) when (DatabaseFaults.IsUnavailable(e) || e is NpgsqlException or TimeoutException)
        {
            return new(false, null, false, "unreachable: " + e.GetBaseException().Message, now);
        }
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
