namespace CapabilityAssessment.Store;

// Appending is the hot path, so it is one plain statement (no plpgsql): a CTE moves the stream head, and the
// events insert reads the new head from it. A failed expectation calls raise_concurrency_conflict, which aborts
// the whole batch. Parameters: $1 stream, $2 expected version or aggregate type, then the events - scalars
// ($3 id, $4 type, $5 data, $6 dotnet type) for the usual single event, arrays for several.
internal sealed partial class EventSql
{
    private readonly Dictionary<(AppendMode, bool), string> _append = new();

    public string Append(AppendMode mode, bool single)
    {
        lock (_append)
        {
            if (!_append.TryGetValue((mode, single), out var sql)) _append[(mode, single)] = sql = BuildAppend(mode, single);
            return sql;
        }
    }

    private string BuildAppend(AppendMode mode, bool single)
    {
        var n = single ? "1" : "cardinality($3::uuid[])";
        var conflict = $"{_schema}.raise_concurrency_conflict('stream', $1::text, {{0}}, (SELECT version FROM {_schema}.streams WHERE id = $1))";
        var head = mode switch
        {
            AppendMode.Start => $"""
                head AS (INSERT INTO {_schema}.streams (id, type, version) VALUES ($1, $2, {n})
                         ON CONFLICT (id) DO NOTHING RETURNING version),
                checked AS (SELECT coalesce((SELECT version FROM head), {string.Format(conflict, "0")}) AS version)
                """,
            AppendMode.Expected => $"""
                head AS (UPDATE {_schema}.streams AS s SET version = s.version + {n}, updated = now()
                         WHERE s.id = $1 AND s.version = $2 RETURNING s.version),
                checked AS (SELECT coalesce((SELECT version FROM head), {string.Format(conflict, "$2")}) AS version)
                """,
            _ => $"""
                checked AS (INSERT INTO {_schema}.streams AS s (id, version) VALUES ($1, {n})
                            ON CONFLICT (id) DO UPDATE SET version = s.version + {n}, updated = now() RETURNING s.version)
                """,
        };
        var rows = single
            ? "SELECT $3, $1, c.version, $4, $5, $6 FROM checked AS c"
            : $"""
                SELECT u.id, $1, c.version - {n} + u.ord, u.type, u.data, u.dotnet_type
                FROM checked AS c, unnest($3, $4, $5, $6) WITH ORDINALITY AS u (id, type, data, dotnet_type, ord)
                """;
        return $"""
            WITH {head}
            INSERT INTO {_schema}.events AS e (id, stream_id, version, type, data, dotnet_type)
            {rows}
            RETURNING e.seq_id, e.version, e."timestamp"
            """;
    }
}

internal enum AppendMode { Start, Expected, Any }
