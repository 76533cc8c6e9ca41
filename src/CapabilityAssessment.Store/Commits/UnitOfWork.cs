using Npgsql;

namespace CapabilityAssessment.Store;

// One SaveChangesAsync call: its operations, and the caller waiting for the outcome while the CommitQueue runs it,
// alone or combined with other units of work in one transaction.
internal sealed class UnitOfWork
{
    private readonly DocumentStore _store;
    // Continuations run on the pool: a drainer completing a unit must not run that caller's code before the next unit.
    private readonly TaskCompletionSource _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public UnitOfWork(DocumentStore store, StorageOperation[] operations, CancellationToken cancellationToken)
    {
        _store = store;
        Operations = operations;
        CancellationToken = cancellationToken;
        Caller = System.Diagnostics.Activity.Current?.Context ?? default;
        // Projections need the new sequence numbers before the commit, so they need an explicit transaction.
        RunsProjections = store.Options.Projections.Inline.Count > 0 && operations.Any(o => o is AppendOperation);
    }

    public StorageOperation[] Operations { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The span that saved (for the commit span's link), or default when nobody traces.</summary>
    public System.Diagnostics.ActivityContext Caller { get; }

    public bool RunsProjections { get; }

    public Task Outcome => _outcome.Task;

    public void Succeed() => _outcome.TrySetResult();

    public void Fail(Exception e)
    {
        if (e is OperationCanceledException && CancellationToken.IsCancellationRequested) _outcome.TrySetCanceled(CancellationToken);
        else _outcome.TrySetException(e);
    }

    // The unit on its own connection, as before group commit: without projections one batch is atomic by itself (an
    // implicit transaction), so the whole unit of work is one round trip. Errors are this unit's own.
    public async Task CommitAloneAsync()
    {
        await using var connection = await _store.DataSource.OpenConnectionAsync(CancellationToken);
        await using var transaction = RunsProjections ? await connection.BeginTransactionAsync(CancellationToken) : null;
        try
        {
            await ExecuteAsync(connection, transaction, CancellationToken);
            if (transaction is not null) await transaction.CommitAsync(CancellationToken);
        }
        catch (PostgresException e)
        {
            PreparedStatements.ForgetAfterFailedBatch(connection, transaction);
            if (StorageOperation.TranslateFor(e, Operations) is { } conflict) throw conflict;
            throw;
        }
    }

    // Runs this unit's commands, then (inside a transaction) the inline projections over the events it appended.
    public async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var operation in Operations) batch.BatchCommands.Add(operation.Command);
        if (transaction is null || !RunsProjections)
        {
            // Nobody reads the returned rows; ExecuteNonQuery still surfaces every error, conflicts included.
            await batch.ExecuteNonQueryAsync(ct);
            return;
        }
        var appended = new List<StoredEvent>();
        await using (var reader = await batch.ExecuteReaderAsync(ct))
        {
            var first = true;
            foreach (var operation in Operations.Where(o => o.ReturnsRows))
            {
                if (!first) await reader.NextResultAsync(ct);
                first = false;
                await operation.ReadAsync(reader, appended, ct);
            }
            while (await reader.NextResultAsync(ct)) { }
        }
        var context = new ProjectionContext(_store, connection, transaction);
        foreach (var projection in _store.Options.Projections.Inline) await projection.ApplyAsync(context, appended, ct);
    }
}
