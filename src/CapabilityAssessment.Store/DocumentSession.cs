namespace CapabilityAssessment.Store;

/// <summary>The unit of work: queue document changes and event appends, then SaveChangesAsync commits all or nothing.</summary>
public sealed partial class DocumentSession : QuerySession
{
    private readonly List<StorageOperation> _operations = new();

    internal DocumentSession(DocumentStore store) : base(store, session => new EventStore((DocumentSession)session)) { }

    /// <summary>Event reads, and appends queued in this unit of work.</summary>
    public new EventStore Events => (EventStore)base.Events;

    /// <summary>Number of queued changes not saved yet.</summary>
    public int PendingChanges => _operations.Count;

    /// <summary>Queues an upsert; each write bumps the stored version.</summary>
    public void Store<T>(T document) where T : notnull => Write(DocumentWrite.Upsert, document);

    /// <summary>Queues an update that conflicts unless the stored version is expectedVersion (0: the document must not exist).</summary>
    public void Store<T>(T document, long expectedVersion) where T : notnull
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        Write(expectedVersion == 0 ? DocumentWrite.Insert : DocumentWrite.UpdateExpected, document, expectedVersion);
    }

    /// <summary>Queues an insert that conflicts if the document already exists.</summary>
    public void Insert<T>(T document) where T : notnull => Write(DocumentWrite.Insert, document);

    /// <summary>Queues a delete by Guid id (no error if it does not exist).</summary>
    public void Delete<T>(Guid id) => Enqueue(new DocumentOperation(StorageFor<T>(), DocumentWrite.Delete, id, null, DocumentStore.Options.Serializer));

    /// <summary>Queues a delete by string id (no error if it does not exist).</summary>
    public void Delete<T>(string id) => Enqueue(new DocumentOperation(StorageFor<T>(), DocumentWrite.Delete, id, null, DocumentStore.Options.Serializer));

    /// <summary>
    /// Queues a SQL statement of the caller's own (positional parameters $1, $2, ...; pass an NpgsqlParameter where the type
    /// cannot be inferred), run in order with the other changes in the same transaction.
    /// </summary>
    public void QueueSqlCommand(string sql, params object?[] parameters) => Enqueue(new SqlCommandOperation(sql, parameters));

    internal void Enqueue(StorageOperation operation) => _operations.Add(operation);

    private DocumentStorage StorageFor<T>() => DocumentStore.StorageFor(typeof(T));

    private void Write<T>(DocumentWrite write, T document, long? expected = null) where T : notnull
    {
        var storage = StorageFor<T>();
        Enqueue(new DocumentOperation(storage, write, storage.Mapping.IdOf(document), document, DocumentStore.Options.Serializer, expected));
    }
}
