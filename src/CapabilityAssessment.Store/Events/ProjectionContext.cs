using System.Text.Json;
using Npgsql;

namespace CapabilityAssessment.Store;

/// <summary>The connection and transaction of a unit of work, with document reads and writes that run inside it.</summary>
public sealed class ProjectionContext
{
    private readonly DocumentStore _store;

    internal ProjectionContext(DocumentStore store, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _store = store;
        Connection = connection;
        Transaction = transaction;
    }

    /// <summary>The unit of work's open connection.</summary>
    public NpgsqlConnection Connection { get; }

    /// <summary>The unit of work's transaction; pass it to any command you run yourself.</summary>
    public NpgsqlTransaction Transaction { get; }

    /// <summary>The store's serializer.</summary>
    public JsonSerializerOptions Serializer => _store.Options.Serializer;

    /// <summary>The store's schema name.</summary>
    public string SchemaName => _store.Options.SchemaName;

    /// <summary>Loads a document by Guid id inside the transaction (sees this unit of work's writes).</summary>
    public Task<Versioned<T>?> LoadAsync<T>(Guid id, CancellationToken cancellationToken = default) => LoadCoreAsync<T>(id, cancellationToken);

    /// <summary>Loads a document by string id inside the transaction (sees this unit of work's writes).</summary>
    public Task<Versioned<T>?> LoadAsync<T>(string id, CancellationToken cancellationToken = default) => LoadCoreAsync<T>(id, cancellationToken);

    /// <summary>Upserts a document inside the transaction now.</summary>
    public Task StoreAsync<T>(T document, CancellationToken cancellationToken = default) where T : notnull
    {
        var storage = _store.StorageFor(typeof(T));
        return RunAsync(new DocumentOperation(storage, DocumentWrite.Upsert, storage.Mapping.IdOf(document), document, Serializer), cancellationToken);
    }

    /// <summary>Deletes a document by Guid id inside the transaction now.</summary>
    public Task DeleteAsync<T>(Guid id, CancellationToken cancellationToken = default) =>
        RunAsync(new DocumentOperation(_store.StorageFor(typeof(T)), DocumentWrite.Delete, id, null, Serializer), cancellationToken);

    /// <summary>Deletes a document by string id inside the transaction now.</summary>
    public Task DeleteAsync<T>(string id, CancellationToken cancellationToken = default) =>
        RunAsync(new DocumentOperation(_store.StorageFor(typeof(T)), DocumentWrite.Delete, id, null, Serializer), cancellationToken);

    private async Task<Versioned<T>?> LoadCoreAsync<T>(object id, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(null, Connection, Transaction);
        return await _store.StorageFor(typeof(T)).LoadAsync<T>(command, id, Serializer, ct);
    }

    private async Task RunAsync(DocumentOperation operation, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(Connection, Transaction) { BatchCommands = { operation.Command } };
        await batch.ExecuteNonQueryAsync(ct);
    }
}
