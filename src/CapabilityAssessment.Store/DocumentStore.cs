using System.Collections.Frozen;
using Npgsql;

namespace CapabilityAssessment.Store;

/// <summary>The singleton entry point: owns the data source, the mappings and the schema; opens sessions.</summary>
public sealed partial class DocumentStore : IAsyncDisposable
{
    private readonly FrozenDictionary<Type, DocumentStorage> _documents;

    /// <summary>Creates a store; call <see cref="ApplyMigrationsAsync"/> before the first session is used.</summary>
    public DocumentStore(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
            throw new ArgumentException("StoreOptions.ConnectionString is required.", nameof(options));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.SchemaName);
        Options = options;
        var connection = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        // Every unit of work repeats the same few statements; prepared ones skip parse and plan.
        if (connection.MaxAutoPrepare == 0) connection.MaxAutoPrepare = 64;
        var builder = new NpgsqlDataSourceBuilder(connection.ConnectionString);
        builder.EnableDynamicJson().ConfigureJsonOptions(options.Serializer);
        DataSource = builder.Build();
        _documents = options.Documents.ToFrozenDictionary(d => d.Key, d => new DocumentStorage(d.Value, d.Value.BuildSql(options.SchemaName)));
        EventSql = new EventSql(options.SchemaName);
        Commits = new CommitQueue(this, options.CommitLanes, options.MaxUnitsPerCommit);
    }

    /// <summary>Creates a store from options.</summary>
    public static DocumentStore For(StoreOptions options) => new(options);

    /// <summary>Creates a store from a configuration callback.</summary>
    public static DocumentStore For(Action<StoreOptions> configure)
    {
        var options = new StoreOptions();
        configure(options);
        return new DocumentStore(options);
    }

    /// <summary>The configuration this store was built with.</summary>
    public StoreOptions Options { get; }

    /// <summary>The pooled Npgsql data source (dynamic JSON enabled with the store's serializer).</summary>
    public NpgsqlDataSource DataSource { get; }

    internal EventSql EventSql { get; }

    internal CommitQueue Commits { get; }

    internal EventGraph Events => Options.Events;

    /// <summary>Opens a unit of work: queue changes, then SaveChangesAsync commits them in one transaction.</summary>
    public DocumentSession LightweightSession() => new(this);

    /// <summary>Opens a read-only session.</summary>
    public QuerySession QuerySession() => new global::CapabilityAssessment.Store.QuerySession(this);

    internal DocumentStorage StorageFor(Type type) =>
        _documents.TryGetValue(type, out var storage)
            ? storage
            : throw new InvalidOperationException($"Document type {type.Name} is not registered: call StoreOptions.Document<{type.Name}>().");

    /// <summary>Disposes the data source and its pooled connections.</summary>
    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
