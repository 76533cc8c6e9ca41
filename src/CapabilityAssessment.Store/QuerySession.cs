using Npgsql;

namespace CapabilityAssessment.Store;

/// <summary>A read-only session: loads and queries documents and reads event streams.</summary>
public class QuerySession : IAsyncDisposable
{
    internal QuerySession(DocumentStore store) : this(store, null) { }

    private protected QuerySession(DocumentStore store, Func<QuerySession, QueryEventStore>? events)
    {
        DocumentStore = store;
        Events = events?.Invoke(this) ?? new QueryEventStore(store);
    }

    /// <summary>The store this session belongs to (Marten's IQuerySession.DocumentStore).</summary>
    public DocumentStore DocumentStore { get; }

    /// <summary>Event stream reads.</summary>
    public QueryEventStore Events { get; }

    /// <summary>Loads a document by Guid id, or null.</summary>
    public async Task<T?> LoadAsync<T>(Guid id, CancellationToken cancellationToken = default) =>
        await LoadVersionedAsync<T>(id, cancellationToken) is { } found ? found.Document : default;

    /// <summary>Loads a document by string id, or null.</summary>
    public async Task<T?> LoadAsync<T>(string id, CancellationToken cancellationToken = default) =>
        await LoadVersionedAsync<T>(id, cancellationToken) is { } found ? found.Document : default;

    /// <summary>Loads a document with its version (for a later optimistic Store), or null.</summary>
    public Task<Versioned<T>?> LoadVersionedAsync<T>(Guid id, CancellationToken cancellationToken = default) => LoadCoreAsync<T>(id, cancellationToken);

    /// <summary>Loads a document with its version (for a later optimistic Store), or null.</summary>
    public Task<Versioned<T>?> LoadVersionedAsync<T>(string id, CancellationToken cancellationToken = default) => LoadCoreAsync<T>(id, cancellationToken);

    /// <summary>Loads the documents that exist among the given ids (in no particular order).</summary>
    public async Task<IReadOnlyList<T>> LoadManyAsync<T>(IEnumerable<Guid> ids, CancellationToken cancellationToken = default)
    {
        await using var command = DocumentStore.DataSource.CreateCommand();
        return await DocumentStore.StorageFor(typeof(T)).LoadManyAsync<T, Guid>(command, ids, DocumentStore.Options.Serializer, cancellationToken);
    }

    /// <summary>Loads the documents that exist among the given ids (in no particular order).</summary>
    public async Task<IReadOnlyList<T>> LoadManyAsync<T>(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        await using var command = DocumentStore.DataSource.CreateCommand();
        return await DocumentStore.StorageFor(typeof(T)).LoadManyAsync<T, string>(command, ids, DocumentStore.Options.Serializer, cancellationToken);
    }

    /// <summary>Starts a parameterised query over documents of type T.</summary>
    public DocumentQuery<T> Query<T>() => new(DocumentStore, DocumentStore.StorageFor(typeof(T)));

    /// <summary>Nothing to release: each read borrows a pooled connection only for its own duration.</summary>
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private async Task<Versioned<T>?> LoadCoreAsync<T>(object id, CancellationToken ct)
    {
        await using NpgsqlCommand command = DocumentStore.DataSource.CreateCommand();
        return await DocumentStore.StorageFor(typeof(T)).LoadAsync<T>(command, id, DocumentStore.Options.Serializer, ct);
    }
}
