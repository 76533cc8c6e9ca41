using System.Reflection;
using System.Text.Json;

namespace CapabilityAssessment.Store;

/// <summary>Configuration of a <see cref="DocumentStore"/>: connection, schema, serializer, documents, events and projections.</summary>
public sealed partial class StoreOptions
{
    internal readonly Dictionary<Type, DocumentMapping> Documents = new();
    internal readonly EventGraph Events = new();
    internal readonly List<(Assembly Assembly, string Source, string? Prefix)> HostMigrations = new();

    /// <summary>The PostgreSQL connection string (required).</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The PostgreSQL schema that holds every table of the store.</summary>
    public string SchemaName { get; set; } = "public";

    /// <summary>Serializer for documents and events (web defaults: camelCase names).</summary>
    public JsonSerializerOptions Serializer { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Inline projections run inside every unit of work that appends events.</summary>
    public ProjectionCollection Projections { get; } = new();

    /// <summary>Registers an event type under an alias (default: snake_case of the type name).</summary>
    public StoreOptions RegisterEvent<T>(string? alias = null)
    {
        Events.Register(typeof(T), alias);
        return this;
    }

    /// <summary>Registers a document type stored in table doc_alias (default alias: snake_case of the type name).</summary>
    public DocumentOptions<T> Document<T>(string? alias = null)
    {
        if (!Documents.TryGetValue(typeof(T), out var mapping))
        {
            mapping = DocumentMapping.For(typeof(T), alias);
            Documents.Add(typeof(T), mapping);
        }
        else if (alias is not null && alias != mapping.Alias)
            throw new InvalidOperationException($"Document {typeof(T).Name} is already registered as '{mapping.Alias}'.");
        return new DocumentOptions<T>(mapping);
    }

    /// <summary>
    /// Adds the numbered *.sql files embedded in an assembly (e.g. 0001_init.sql) as migrations recorded under source.
    /// With resourcePrefix (e.g. "MyApp.Billing.Sql") only resources named under it count, so several sources can live in
    /// one assembly; without it every numbered .sql resource of the assembly does.
    /// </summary>
    public StoreOptions AddMigrations(Assembly assembly, string source, string? resourcePrefix = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (source == Migration.StoreSource || HostMigrations.Any(m => m.Source == source))
            throw new ArgumentException($"Migration source '{source}' is already used.", nameof(source));
        HostMigrations.Add((assembly, source, resourcePrefix));
        return this;
    }
}
