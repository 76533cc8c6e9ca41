using System.Text.Json;
using Npgsql;

namespace CapabilityAssessment.Store;

internal sealed partial class EventSql(string schema)
{
    private const string Columns = "seq_id, id, stream_id, version, type, data, \"timestamp\"";
    private readonly string _schema = Identifiers.Quote(schema);

    public string FetchStream => $"SELECT {Columns} FROM {_schema}.events WHERE stream_id = $1 AND version <= $2 ORDER BY version";
    public string FetchStreams => $"SELECT {Columns} FROM {_schema}.events WHERE stream_id = ANY($1) ORDER BY stream_id, version";
    public string StreamState => $"SELECT id, version, type, created, updated FROM {_schema}.streams WHERE id = $1";
    public string ReadAll => $"SELECT {Columns} FROM {_schema}.events WHERE seq_id > $1 ORDER BY seq_id LIMIT $2";

    public static StoredEvent Read(NpgsqlDataReader reader, EventGraph events, JsonSerializerOptions json)
    {
        var alias = reader.GetString(4);
        var data = JsonSerializer.Deserialize(reader.GetString(5), events.For(alias).Type, json)!;
        return new StoredEvent(reader.GetInt64(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetInt64(3), alias, data,
            reader.GetFieldValue<DateTimeOffset>(6));
    }
}
