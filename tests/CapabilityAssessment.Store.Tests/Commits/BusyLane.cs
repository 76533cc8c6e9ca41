using CapabilityAssessment.Store.Tests.Events;
using Npgsql;

namespace CapabilityAssessment.Store.Tests.Commits;

// Keeps a store's only commit lane busy - its unit waits on a stream row locked by another connection - so that the
// units saved meanwhile queue up and are then committed as one combined batch.
internal sealed class BusyLane : IAsyncDisposable
{
    private readonly DocumentStore _store;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _lock;
    private readonly Task _blocked;

    private BusyLane(DocumentStore store, NpgsqlConnection connection, NpgsqlTransaction @lock, Task blocked) =>
        (_store, _connection, _lock, _blocked) = (store, connection, @lock, blocked);

    public static async Task<BusyLane> HoldAsync(DocumentStore store)
    {
        var stream = Guid.NewGuid();
        await using (var session = store.LightweightSession())
        {
            session.Events.Append(stream, new NoteTaken("lock me"));
            await session.SaveChangesAsync();
        }
        var connection = await store.DataSource.OpenConnectionAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand(
            $"SELECT 1 FROM \"{store.Options.SchemaName}\".streams WHERE id = $1 FOR UPDATE", connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = stream });
            await command.ExecuteNonQueryAsync();
        }
        var blocker = store.LightweightSession();
        blocker.Events.Append(stream, new NoteTaken("waits for the lock"));
        var blocked = blocker.SaveChangesAsync();
        await WaitUntilAsync(() => store.Commits.Queued == 0);
        return new BusyLane(store, connection, transaction, blocked);
    }

    // Waits until count units are queued behind the busy lane, then frees it; they commit as the next batch.
    public async Task ReleaseWhenQueuedAsync(int count)
    {
        await WaitUntilAsync(() => _store.Commits.Queued == count);
        await _lock.RollbackAsync();
        await _blocked;
    }

    public async ValueTask DisposeAsync()
    {
        await _lock.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; !condition(); i++)
        {
            if (i == 500) throw new TimeoutException("The commit queue did not reach the expected state.");
            await Task.Delay(10);
        }
    }
}
