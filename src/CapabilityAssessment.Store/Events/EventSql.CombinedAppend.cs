namespace CapabilityAssessment.Store;

// One statement for many single-event appends at expected versions, each to a different stream: the streams move in
// one UPDATE, the events go in with one INSERT. The LEFT JOIN keeps every requested append in the INSERT, so a stream
// that was not at its expected version (no head row) reaches raise_concurrency_conflict and aborts the statement - and
// the combined batch, whose units are then re-run alone and report their own conflicts.
// Parameters: arrays of stream, expected version, event id, type, data, dotnet type.
internal sealed partial class EventSql
{
    private string? _combinedAppend;

    public string CombinedAppend => _combinedAppend ??= $"""
        WITH u AS (SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::uuid[], $4::text[], $5::jsonb[], $6::text[])
                   WITH ORDINALITY AS u (stream_id, expected, id, type, data, dotnet_type, ord)),
        head AS (UPDATE {_schema}.streams AS s SET version = s.version + 1, updated = now()
                 FROM u WHERE s.id = u.stream_id AND s.version = u.expected RETURNING s.id, s.version)
        INSERT INTO {_schema}.events (id, stream_id, version, type, data, dotnet_type)
        SELECT u.id, u.stream_id, coalesce(h.version, {_schema}.raise_concurrency_conflict('stream', u.stream_id::text,
                   u.expected, (SELECT version FROM {_schema}.streams WHERE id = u.stream_id))),
               u.type, u.data, u.dotnet_type
        FROM u LEFT JOIN head AS h ON h.id = u.stream_id ORDER BY u.ord
        """;
}
