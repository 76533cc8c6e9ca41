using Npgsql;

namespace CapabilityAssessment.Store;

// Marten's QueueSqlCommand: a statement of the caller's own in the unit of work's batch, so a table the store does not
// manage changes in the same transaction as the documents and events (or not at all).
internal sealed class SqlCommandOperation : StorageOperation
{
    public SqlCommandOperation(string sql, object?[] parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        Command = new NpgsqlBatchCommand(sql);
        // An NpgsqlParameter is taken as given (its type is needed for a null or an array); other values are inferred.
        foreach (var value in parameters)
            Command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value ?? DBNull.Value });
    }

    // Its errors are its own to report: none of them is an optimistic-concurrency conflict of the store's.
    public override Exception? Translate(PostgresException e) => null;
}
