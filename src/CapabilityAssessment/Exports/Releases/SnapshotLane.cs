using System.Data;
using Marten;
using Npgsql;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>A connection with a REPEATABLE READ, read-only transaction: every query on it sees the same snapshot, as do
/// those of other lanes opened in the snapshot it exports.</summary>
internal sealed class SnapshotLane(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
{
    public NpgsqlConnection Connection => connection;
    public NpgsqlTransaction Transaction => transaction;

    /// <summary>Opens a lane in a new snapshot, or in <paramref name="snapshot"/>, exported by another lane.</summary>
    public static async Task<SnapshotLane> OpenAsync(IDocumentStore store, string? snapshot, CancellationToken ct)
    {
        // A connection of its own with a large read buffer: rows arrive in few reads, not one per 8 KiB. CloneWith
        // keeps the data source's credentials, which its connection string no longer shows.
        await using var template = store.Storage.Database.CreateConnection();
        var connection = template.CloneWith(
            new NpgsqlConnectionStringBuilder(template.ConnectionString) { ReadBufferSize = 1 << 18 }.ConnectionString);
        await connection.OpenAsync(ct);
        try
        {
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            // JIT compiling would cost more than it saves on these plain scans.
            var setup = (snapshot is null ? "" : $"SET TRANSACTION SNAPSHOT '{snapshot.Replace("'", "''")}'; ") +
                "SET TRANSACTION READ ONLY; SET LOCAL jit = off";
            await using (var command = new NpgsqlCommand(setup, connection, transaction))
                await command.ExecuteNonQueryAsync(ct);
            return new SnapshotLane(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<string> ExportSnapshotAsync(CancellationToken ct)
    {
        await using var command = Command("SELECT pg_export_snapshot()");
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }

    public NpgsqlCommand Command(string sql) => new(sql, connection, transaction) { CommandTimeout = 0 };

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
