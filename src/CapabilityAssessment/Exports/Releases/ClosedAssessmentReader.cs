using System.Data;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Store;
using Npgsql;
using NpgsqlTypes;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>
/// Streams the closed assessments a release asks for in keyset pages: each page is the next pageSize matching ids after
/// the last one read (instrument, versions, status and submission date filtered in SQL, Exports/Sql/0001) joined to their
/// events, folded one stream at a time. Memory holds one assessment and one page's read buffer, however many match.
/// Every read runs in one REPEATABLE READ transaction, so the passes of a release see the same assessments.
/// </summary>
internal sealed class ClosedAssessmentReader : IAsyncDisposable
{
    public const int DefaultPageSize = 1000;

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly JsonSerializerOptions _json;
    private readonly string _schema;
    private readonly int _pageSize;

    private ClosedAssessmentReader(NpgsqlConnection connection, NpgsqlTransaction transaction, StoreOptions options, int pageSize)
    {
        (_connection, _transaction, _json, _pageSize) = (connection, transaction, options.Serializer, pageSize);
        _schema = "\"" + options.SchemaName.Replace("\"", "\"\"") + "\"";
    }

    public static async Task<ClosedAssessmentReader> OpenAsync(DocumentStore store, CancellationToken ct, int pageSize = DefaultPageSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        var connection = await store.DataSource.OpenConnectionAsync(ct);
        try
        {
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction)) await readOnly.ExecuteNonQueryAsync(ct);
            return new ClosedAssessmentReader(connection, transaction, store.Options, pageSize);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The "submission date" of an assessment: its last submitted response (closing follows the last submission).</summary>
    public static DateTimeOffset? SubmittedAt(Assessment a) => a.Respondents.Max(r => r.SubmittedAt);

    public async IAsyncEnumerable<Assessment> ReadAsync(ReleaseRequest request, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var after = Guid.Empty;
        while (true)
        {
            var streams = 0;
            Guid? current = null;
            Assessment? state = null;
            await using (var command = Page(request, after))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    var stream = reader.GetGuid(0);
                    if (stream != current)
                    {
                        if (state is { Status: AssessmentStatus.Closed }) yield return state;
                        (current, state) = (stream, null);
                        streams++;
                    }
                    var e = StoredAssessmentEvents.Read(reader.GetString(1), reader.GetString(2), _json);
                    state = state is null ? e is AssessmentStarted started ? Assessment.Create(started) : null : state.Evolve(e);
                }
            }
            if (state is { Status: AssessmentStatus.Closed }) yield return state;
            if (streams < _pageSize) yield break;
            after = current!.Value;
        }
    }

    private NpgsqlCommand Page(ReleaseRequest request, Guid after)
    {
        // The page's ids come from the partial index in id order (a range scan from `after`); LIMIT stops it early.
        var command = new NpgsqlCommand($"""
            WITH page AS (
                SELECT s.id FROM {_schema}.doc_assessment_summary s
                CROSS JOIN LATERAL (SELECT max((e.data->>'submittedAt')::timestamptz) AS at FROM {_schema}.events e
                                    WHERE e.stream_id = s.id AND e.type = 'response_submitted') submitted
                WHERE s.data->>'instrumentKey' = $1 AND s.data->>'status' = 'CLOSED' AND s.id > $2
                  AND (s.data->>'instrumentVersion')::int = ANY($3) AND submitted.at >= $4 AND submitted.at < $5
                ORDER BY s.id LIMIT $6)
            SELECT e.stream_id, e.type, e.data::text FROM page JOIN {_schema}.events e ON e.stream_id = page.id
            ORDER BY e.stream_id, e.version
            """, _connection, _transaction);
        command.Parameters.Add(new() { Value = request.InstrumentKey, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = after, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new() { Value = request.Versions.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        command.Parameters.Add(new() { Value = request.From, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = request.To, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = _pageSize, NpgsqlDbType = NpgsqlDbType.Integer });
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
