using System.Data;
using CapabilityAssessment.Store;
using Npgsql;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>One connection in the release's snapshot, with its own event decoder (decoders are not thread-safe).</summary>
internal sealed class SnapshotLane(NpgsqlConnection connection, NpgsqlTransaction transaction, StoredAssessmentEvents events) : IAsyncDisposable
{
    public NpgsqlConnection Connection => connection;
    public NpgsqlTransaction Transaction => transaction;
    public StoredAssessmentEvents Events => events;

    public static async Task<SnapshotLane> OpenAsync(StoreOptions options, string? snapshot, CancellationToken ct)
    {
        // A connection of its own with a large read buffer: a page's saved answers arrive in few reads, not one per 8 KiB.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.ConnectionString) { ReadBufferSize = 1 << 18 }.ConnectionString);
        await connection.OpenAsync(ct);
        try
        {
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            // JIT compiling would cost more than each page's query runs; the snapshot only reads.
            var setup = (snapshot is null ? "" : $"SET TRANSACTION SNAPSHOT '{snapshot.Replace("'", "''")}'; ") + "SET TRANSACTION READ ONLY; SET LOCAL jit = off";
            await using (var command = new NpgsqlCommand(setup, connection, transaction)) await command.ExecuteNonQueryAsync(ct);
            return new SnapshotLane(connection, transaction, new StoredAssessmentEvents(options.Serializer));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<string> ExportSnapshotAsync(CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction);
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
