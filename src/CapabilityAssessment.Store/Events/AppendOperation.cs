using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace CapabilityAssessment.Store;

// One call of append_events: all events of one stream in one unit of work, with one expectation.
internal sealed class AppendOperation : StorageOperation
{
    public const long AnyVersion = -1;
    private readonly Guid _streamId;
    private readonly long _expected;
    private readonly Guid[] _ids;
    private readonly string[] _types;
    private readonly object[] _events;
    private readonly string[] _data;
    private readonly string[] _dotnetTypes;

    public AppendOperation(DocumentStore store, Guid streamId, string? aggregateType, long expected, object[] events)
    {
        if (events.Length == 0) throw new ArgumentException("Append at least one event.", nameof(events));
        if (expected < AnyVersion) throw new ArgumentOutOfRangeException(nameof(expected), "An expected version cannot be negative.");
        _streamId = streamId;
        _expected = expected;
        _events = events;
        _ids = new Guid[events.Length];
        _types = new string[events.Length];
        var data = _data = new string[events.Length];
        var dotnetTypes = _dotnetTypes = new string[events.Length];
        var json = store.Options.Serializer;
        for (var i = 0; i < events.Length; i++)
        {
            var type = store.Events.For(events[i].GetType());
            _ids[i] = Guid.CreateVersion7();
            _types[i] = type.Alias;
            data[i] = JsonSerializer.Serialize(events[i], type.Type, json);
            dotnetTypes[i] = type.DotnetType;
        }
        ReturnsRows = true;
        var mode = expected switch { 0 => AppendMode.Start, AnyVersion => AppendMode.Any, _ => AppendMode.Expected };
        var single = events.Length == 1;
        IsSingleExpected = single && mode == AppendMode.Expected;
        Command = new NpgsqlBatchCommand(store.EventSql.Append(mode, single));
        var p = Command.Parameters;
        p.Add(new NpgsqlParameter<Guid> { TypedValue = streamId });
        if (mode == AppendMode.Start)
            p.Add(new NpgsqlParameter { Value = (object?)aggregateType ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        else if (mode == AppendMode.Expected)
            p.Add(new NpgsqlParameter<long> { TypedValue = expected });
        else
            p.Add(new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        if (single)
        {
            p.Add(new NpgsqlParameter<Guid> { TypedValue = _ids[0] });
            p.Add(new NpgsqlParameter<string> { TypedValue = _types[0], NpgsqlDbType = NpgsqlDbType.Text });
            p.Add(new NpgsqlParameter<string> { TypedValue = data[0], NpgsqlDbType = NpgsqlDbType.Jsonb });
            p.Add(new NpgsqlParameter<string> { TypedValue = dotnetTypes[0], NpgsqlDbType = NpgsqlDbType.Text });
        }
        else
        {
            p.Add(new NpgsqlParameter<Guid[]> { TypedValue = _ids });
            p.Add(new NpgsqlParameter<string[]> { TypedValue = _types, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            p.Add(new NpgsqlParameter<string[]> { TypedValue = data, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
            p.Add(new NpgsqlParameter<string[]> { TypedValue = dotnetTypes, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        }
    }

    // The hot path - one event at an expected version - which CombinedAppend folds into one statement per batch.
    public bool IsSingleExpected { get; }

    public Guid StreamId => _streamId;

    public long Expected => _expected;

    public (Guid Id, string Type, string Data, string DotnetType) Single => (_ids[0], _types[0], _data[0], _dotnetTypes[0]);

    public override async Task ReadAsync(NpgsqlDataReader reader, List<StoredEvent> appended, CancellationToken ct)
    {
        for (var i = 0; await reader.ReadAsync(ct); i++)
            appended.Add(new StoredEvent(reader.GetInt64(0), _ids[i], _streamId, reader.GetInt64(1), _types[i], _events[i],
                reader.GetFieldValue<DateTimeOffset>(2)));
    }

    public override Exception? Translate(PostgresException e)
    {
        if (_expected == AnyVersion) return null;
        if (IsConflict(e, "stream", _streamId.ToString(), _expected, out var actual))
            return ConcurrencyConflictException.ForStream(_streamId, _expected, actual, e);
        var streamClash = e.SqlState == PostgresErrorCodes.UniqueViolation
            && e.ConstraintName is "streams_pkey" or "events_stream_version_key";
        return streamClash ? ConcurrencyConflictException.ForStream(_streamId, _expected, null, e) : null;
    }
}
