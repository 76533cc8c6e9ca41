using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace CapabilityAssessment.Store;

/// <summary>A small query over one document table; every value travels as a parameter, field names are whitelisted.</summary>
public sealed class DocumentQuery<T>
{
    private readonly DocumentStore _store;
    private readonly DocumentStorage _storage;
    private readonly List<string> _where = new();
    private readonly List<NpgsqlParameter> _parameters = new();
    private string? _orderBy;
    private int? _skip;
    private int? _take;

    internal DocumentQuery(DocumentStore store, DocumentStorage storage)
    {
        _store = store;
        _storage = storage;
    }

    /// <summary>Keeps documents whose top-level JSON field equals value (uses an index declared with Index(field)).</summary>
    public DocumentQuery<T> Where(string jsonField, string value)
    {
        var field = Identifiers.Field(jsonField);
        _where.Add($"data->>'{field}' = {Add(value, NpgsqlDbType.Text)}");
        return this;
    }

    /// <summary>Keeps documents that contain the given partial document (jsonb @>), serialised like stored documents.</summary>
    public DocumentQuery<T> Contains(object partialDocument)
    {
        var json = JsonSerializer.Serialize(partialDocument, partialDocument.GetType(), _store.Options.Serializer);
        _where.Add($"data @> {Add(json, NpgsqlDbType.Jsonb)}");
        return this;
    }

    /// <summary>Orders by a top-level JSON field, compared as text.</summary>
    public DocumentQuery<T> OrderBy(string jsonField, bool descending = false)
    {
        _orderBy = $"data->>'{Identifiers.Field(jsonField)}'{(descending ? " DESC" : "")}, id";
        return this;
    }

    /// <summary>Skips the first n matches.</summary>
    public DocumentQuery<T> Skip(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        _skip = n;
        return this;
    }

    /// <summary>Returns at most n matches.</summary>
    public DocumentQuery<T> Take(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        _take = n;
        return this;
    }

    /// <summary>Runs the query.</summary>
    public async Task<IReadOnlyList<T>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var sql = new StringBuilder($"SELECT data FROM {_storage.Sql.Table}").Append(Filter());
        sql.Append(" ORDER BY ").Append(_orderBy ?? "id");
        var parameters = new List<NpgsqlParameter>(_parameters);
        if (_take is { } take) sql.Append(" LIMIT ").Append(Add(parameters, take, NpgsqlDbType.Integer));
        if (_skip is { } skip) sql.Append(" OFFSET ").Append(Add(parameters, skip, NpgsqlDbType.Integer));
        await using var command = Command(sql.ToString(), parameters);
        return await DocumentStorage.ReadDocumentsAsync<T>(command, _store.Options.Serializer, cancellationToken);
    }

    /// <summary>Counts the matches (ignores Skip, Take and OrderBy).</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var command = Command($"SELECT count(*) FROM {_storage.Sql.Table}{Filter()}", _parameters);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private string Filter() => _where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _where);

    private string Add(object value, NpgsqlDbType type) => Add(_parameters, value, type);

    private static string Add(List<NpgsqlParameter> parameters, object value, NpgsqlDbType type)
    {
        parameters.Add(new NpgsqlParameter { Value = value, NpgsqlDbType = type });
        return "$" + parameters.Count;
    }

    private NpgsqlCommand Command(string sql, IEnumerable<NpgsqlParameter> parameters)
    {
        var command = _store.DataSource.CreateCommand(sql);
        // A parameter belongs to one command; copies let the query run more than once.
        foreach (var p in parameters) command.Parameters.Add(p.Clone());
        return command;
    }
}
