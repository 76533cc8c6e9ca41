using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace CapabilityAssessment.Store;

internal enum DocumentWrite { Upsert, Insert, UpdateExpected, Delete }

// One queued document change, already turned into its batch command.
internal sealed class DocumentOperation : StorageOperation
{
    private readonly DocumentStorage _storage;
    private readonly object _id;
    private readonly long? _expected;

    public DocumentOperation(DocumentStorage storage, DocumentWrite write, object id, object? document, JsonSerializerOptions json, long? expected = null)
    {
        _storage = storage;
        _id = storage.Mapping.CheckId(id);
        _expected = write switch { DocumentWrite.Insert => 0, DocumentWrite.UpdateExpected => expected, _ => null };
        ReturnsRows = write is DocumentWrite.UpdateExpected or DocumentWrite.Insert;
        var sql = storage.Sql;
        Command = new NpgsqlBatchCommand(write switch
        {
            DocumentWrite.Upsert => sql.Upsert,
            DocumentWrite.Insert => sql.Insert,
            DocumentWrite.UpdateExpected => sql.UpdateExpected,
            _ => sql.Delete,
        });
        Command.Parameters.Add(storage.IdParameter(_id));
        if (write == DocumentWrite.Delete) return;
        var data = JsonSerializer.Serialize(document, storage.Mapping.DocumentType, json);
        Command.Parameters.Add(new NpgsqlParameter { Value = data, NpgsqlDbType = NpgsqlDbType.Jsonb });
        Command.Parameters.Add(new NpgsqlParameter { Value = storage.Mapping.DotnetType, NpgsqlDbType = NpgsqlDbType.Text });
        if (write == DocumentWrite.UpdateExpected)
            Command.Parameters.Add(new NpgsqlParameter { Value = expected!.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
    }

    public override Exception? Translate(PostgresException e)
    {
        var mapping = _storage.Mapping;
        var id = Convert.ToString(_id, System.Globalization.CultureInfo.InvariantCulture)!;
        if (_expected is not null && IsConflict(e, mapping.ConflictTarget, id, _expected, out var actual))
            return ConcurrencyConflictException.ForDocument(mapping.Alias, id, _expected, actual, e);
        var clash = _expected == 0 && e.SqlState == PostgresErrorCodes.UniqueViolation && e.TableName == mapping.TableName;
        return clash ? ConcurrencyConflictException.ForDocument(mapping.Alias, id, _expected, null, e) : null;
    }
}
