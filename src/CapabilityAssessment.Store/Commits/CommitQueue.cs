using Npgsql;

namespace CapabilityAssessment.Store;

// Group commit ("commit combining"). With fsync on, every commit pays a round trip and a WAL flush however small it
// is, so 32 sessions committing one event each mostly wait on flushes and crowd the server with backends. Here units
// of work queue up, and a drainer commits everything queued as ONE transaction: one flush, and without projections
// one round trip. Nothing waits for company: a unit that finds a lane free is picked up at once, alone; units combine
// only when they arrive while earlier batches are in flight.
// Each unit stays all-or-nothing: a combined batch that fails rolled back as a whole, and every unit of it is then
// re-run alone, in order, so only the unit at fault sees its error (a conflict, a projection's exception).
// The price: a unit waits for the batch in flight, so one slow unit (a projection blocked on a lock held elsewhere)
// delays the units queued behind it by as long; StoreOptions.CommitLanes bounds how many batches run at once.
internal sealed class CommitQueue(DocumentStore store, int lanes, int maxUnitsPerBatch)
{
    // Set inside drainers: a projection that saves another session from within a batch would otherwise queue behind
    // its own batch and wait forever, so such a unit commits alone on its own connection, as it did before.
    private static readonly AsyncLocal<bool> InDrainer = new();
    private readonly Queue<UnitOfWork> _queue = new();
    private int _draining;

    // Units waiting for a lane (tests wait on it to line up a combined batch).
    public int Queued
    {
        get { lock (_queue) return _queue.Count; }
    }

    public Task CommitAsync(UnitOfWork unit)
    {
        if (InDrainer.Value) return unit.CommitAloneAsync();
        lock (_queue)
        {
            _queue.Enqueue(unit);
            if (_draining >= lanes) return unit.Outcome;
            _draining++;
        }
        // The drainer serves every caller: it must not carry this caller's ambient state (activities, AsyncLocals).
        using (ExecutionContext.SuppressFlow()) _ = Task.Run(DrainAsync);
        return unit.Outcome;
    }

    private async Task DrainAsync()
    {
        InDrainer.Value = true;
        while (TakeBatch() is { } batch)
        {
            try
            {
                await CommitBatchAsync(batch);
            }
            catch (Exception e)
            {
                // No connection, or an outcome nobody knows (the connection broke during the commit): re-running the
                // units could write them twice, so each caller gets the error, as it would have without combining.
                foreach (var unit in batch) unit.Fail(e);
            }
        }
    }

    private List<UnitOfWork>? TakeBatch()
    {
        lock (_queue)
        {
            if (_queue.Count == 0)
            {
                _draining--;
                return null;
            }
            var batch = new List<UnitOfWork>(Math.Min(_queue.Count, maxUnitsPerBatch));
            while (batch.Count < maxUnitsPerBatch && _queue.TryDequeue(out var unit))
            {
                if (unit.CancellationToken.IsCancellationRequested) unit.Fail(new OperationCanceledException(unit.CancellationToken));
                else batch.Add(unit);
            }
            return batch;
        }
    }

    private async Task CommitBatchAsync(List<UnitOfWork> batch)
    {
        using var activity = StoreTelemetry.StartCommit(batch);
        if (batch.Count > 1 && await CommitTogetherAsync(batch))
        {
            foreach (var unit in batch) unit.Succeed();
            return;
        }
        foreach (var unit in batch)
        {
            try
            {
                await unit.CommitAloneAsync();
                unit.Succeed();
            }
            catch (Exception e)
            {
                unit.Fail(e);
            }
        }
    }

    // True when committed; false when certainly rolled back (so each unit may run again); throws when unknown.
    // Runs without the callers' cancellation: the batch belongs to all of them.
    private async Task<bool> CommitTogetherAsync(List<UnitOfWork> batch)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync();
        if (!batch.Exists(u => u.RunsProjections))
        {
            // All commands in one batch: PostgreSQL runs it as one implicit transaction, in one round trip.
            await using var combined = new NpgsqlBatch(connection);
            foreach (var command in CombinedAppend.Commands(store, batch.SelectMany(u => u.Operations)))
                combined.BatchCommands.Add(command);
            return await RolledBackOnErrorAsync(combined.ExecuteNonQueryAsync(), connection);
        }
        // Each unit's commands then its projections, unit after unit, as if they had committed in queue order.
        await using var transaction = await connection.BeginTransactionAsync();
        try
        {
            foreach (var unit in batch) await unit.ExecuteAsync(connection, transaction, CancellationToken.None);
        }
        catch (Exception)
        {
            PreparedStatements.ForgetAfterFailedBatch(connection, transaction);
            return false; // Nothing was committed; disposing the transaction rolls it back.
        }
        return await RolledBackOnErrorAsync(transaction.CommitAsync(), connection);
    }

    // An ERROR aborts the transaction and leaves the session usable; anything else (FATAL, I/O) leaves the outcome unknown.
    private static async Task<bool> RolledBackOnErrorAsync(Task commit, NpgsqlConnection connection)
    {
        try
        {
            await commit;
            return true;
        }
        catch (PostgresException e) when (e.InvariantSeverity == "ERROR")
        {
            PreparedStatements.ForgetAfterFailedBatch(connection);
            return false;
        }
    }
}
