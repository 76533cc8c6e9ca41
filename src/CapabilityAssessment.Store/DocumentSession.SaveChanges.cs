using Npgsql;

namespace CapabilityAssessment.Store;

public sealed partial class DocumentSession
{
    /// <summary>Commits every queued change, append and inline projection in one transaction, or none of them.</summary>
    public async Task SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        if (_operations.Count == 0) return;
        var operations = _operations.ToArray();
        // The unit of work is spent either way: a conflict means the caller must re-read and decide again.
        _operations.Clear();
        var projections = DocumentStore.Options.Projections.Inline;
        var runProjections = projections.Count > 0 && operations.Any(o => o is AppendOperation);
        var appended = new List<StoredEvent>();

        await using var connection = await DocumentStore.DataSource.OpenConnectionAsync(cancellationToken);
        // Without projections a batch is atomic on its own (PostgreSQL runs it as one implicit transaction), so the
        // whole unit of work is one round trip. Projections need the new sequence numbers before the commit.
        await using var transaction = runProjections ? await connection.BeginTransactionAsync(cancellationToken) : null;
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var operation in operations) batch.BatchCommands.Add(operation.Command);
        try
        {
            await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
            {
                var first = true;
                foreach (var operation in operations.Where(o => o.ReturnsRows))
                {
                    if (!first) await reader.NextResultAsync(cancellationToken);
                    first = false;
                    await operation.ReadAsync(reader, appended, cancellationToken);
                }
                while (await reader.NextResultAsync(cancellationToken)) { }
            }
            if (transaction is null) return;
            var context = new ProjectionContext(DocumentStore, connection, transaction);
            foreach (var projection in projections) await projection.ApplyAsync(context, appended, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException e) when (StorageOperation.TranslateFor(e, operations) is { } conflict)
        {
            throw conflict;
        }
    }
}
