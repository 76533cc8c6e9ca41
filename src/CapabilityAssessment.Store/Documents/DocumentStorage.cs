using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace CapabilityAssessment.Store;

// A registered document type bound to one store's schema; the reads shared by sessions and projections.
internal sealed record DocumentStorage(DocumentMapping Mapping, DocumentSql Sql)
{
    public NpgsqlParameter IdParameter(object id) => new() { Value = Mapping.CheckId(id), NpgsqlDbType = Mapping.IdDbType };

    public async Task<Versioned<T>?> LoadAsync<T>(NpgsqlCommand command, object id, JsonSerializerOptions json, CancellationToken ct)
    {
        command.CommandText = Sql.Load;
        command.Parameters.Add(IdParameter(id));
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return new Versioned<T>(JsonSerializer.Deserialize<T>(reader.GetString(0), json)!, reader.GetInt64(1),
            reader.GetFieldValue<DateTimeOffset>(2));
    }

    public async Task<IReadOnlyList<T>> LoadManyAsync<T, TId>(NpgsqlCommand command, IEnumerable<TId> ids, JsonSerializerOptions json, CancellationToken ct)
    {
        var array = ids.ToArray();
        if (array.Length > 0) Mapping.CheckId(array[0]!);
        command.CommandText = Sql.LoadMany;
        command.Parameters.Add(new NpgsqlParameter { Value = array, NpgsqlDbType = NpgsqlDbType.Array | Mapping.IdDbType });
        return await ReadDocumentsAsync<T>(command, json, ct);
    }

    public static async Task<IReadOnlyList<T>> ReadDocumentsAsync<T>(NpgsqlCommand command, JsonSerializerOptions json, CancellationToken ct)
    {
        var documents = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) documents.Add(JsonSerializer.Deserialize<T>(reader.GetString(0), json)!);
        return documents;
    }
}
