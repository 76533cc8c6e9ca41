using System.Buffers;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Exports.Anonymisation;
using CapabilityAssessment.Store;
using Npgsql;
using NpgsqlTypes;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>
/// Reads the closed assessments a release asks for (instrument, versions, status and submission date filtered in SQL,
/// Exports/Sql/0001): counts their quasi-identifiers with one aggregate query, and streams them in keyset pages, each the
/// next pageSize matching ids after the last one read joined to their events, folded one stream at a time. Memory holds
/// one assessment and one page's read buffer, however many match. Every read runs in one REPEATABLE READ transaction, so
/// both passes of a release see the same assessments.
/// </summary>
internal sealed class ClosedAssessmentReader : IAsyncDisposable
{
    public const int DefaultPageSize = 1000;

    private readonly SnapshotLane[] _lanes;
    private readonly string _schema;
    private readonly int _pageSize;

    private ClosedAssessmentReader(SnapshotLane[] lanes, StoreOptions options, int pageSize)
    {
        (_lanes, _pageSize) = (lanes, pageSize);
        _schema = "\"" + options.SchemaName.Replace("\"", "\"\"") + "\"";
    }

    /// <summary>
    /// Opens the snapshot. With several lanes, each is a connection of its own in the same snapshot (exported by the first),
    /// and the second pass reads a share of the id range on each, so PostgreSQL's work of a release runs on several cores.
    /// </summary>
    public static async Task<ClosedAssessmentReader> OpenAsync(DocumentStore store, CancellationToken ct, int pageSize = DefaultPageSize, int lanes = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lanes);
        var opened = new List<SnapshotLane>();
        try
        {
            string? snapshot = null;
            for (var i = 0; i < lanes; i++)
            {
                var lane = await SnapshotLane.OpenAsync(store.Options, snapshot, ct);
                opened.Add(lane);
                if (lanes > 1 && snapshot is null) snapshot = await lane.ExportSnapshotAsync(ct);
            }
            return new ClosedAssessmentReader([.. opened], store.Options, pageSize);
        }
        catch
        {
            foreach (var lane in opened) await lane.DisposeAsync();
            throw;
        }
    }

    /// <summary>The "submission date" of an assessment: its last submitted response (closing follows the last submission).</summary>
    public static DateTimeOffset? SubmittedAt(Assessment a) => a.Respondents.Max(r => r.SubmittedAt);

    /// <summary>
    /// The first pass, in SQL: how many matching assessments share each combination of raw firm attributes (the latest firm
    /// profile, the year the assessment started), turned into quasi-identifier keys by <paramref name="key"/>. Memory holds
    /// the distinct combinations only.
    /// </summary>
    public async Task<Dictionary<QiKey, long>> CountQuasiIdentifiersAsync(
        ReleaseRequest request, Func<string?, string?, int?, int?, int, string?, QiKey> key, CancellationToken ct)
    {
        await using var command = Command(_lanes[0], $"""
            SELECT f->>'country', f->>'industry', (f->>'employees')::int, (f->>'foundingYear')::int, started_year, f->>'turnoverBand', count(*)
            FROM (SELECT coalesce(saved.firm, started.data->'firm') AS f,
                         extract(year FROM (started.data->>'startedAt')::timestamptz AT TIME ZONE 'UTC')::int AS started_year
                  FROM (SELECT s.id FROM {Matching}) s
                  JOIN {_schema}.events started ON started.stream_id = s.id AND started.type = 'assessment_started'
                  LEFT JOIN LATERAL (SELECT e.data->'firm' AS firm FROM {_schema}.events e
                                     WHERE e.stream_id = s.id AND e.type = 'firm_profile_saved' ORDER BY e.version DESC LIMIT 1) saved ON true
                  OFFSET 0) firms
            GROUP BY 1, 2, 3, 4, 5, 6
            """, request, Guid.Empty);
        var histogram = new Dictionary<QiKey, long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var qi = key(Text(reader, 0), Text(reader, 1), Int(reader, 2), Int(reader, 3), reader.GetInt32(4), Text(reader, 5));
            histogram[qi] = histogram.GetValueOrDefault(qi) + reader.GetInt64(6);
        }
        return histogram;

        static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
        static int? Int(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
    }

    /// <summary>
    /// The second pass: the matching assessments, folded from their events, in id order within each lane's share of the id
    /// range (lanes run at once; their assessments interleave, at most a few dozen waiting). A page is a window of the next
    /// pageSize closed assessments of the instrument after the cursor, read in id order from an index (the window is a query
    /// of its own, so the planner never trades that range scan for a sort of everything); the version and date filters then
    /// pick from the window, and the events of those picked are read in one query.
    /// </summary>
    public async IAsyncEnumerable<Assessment> ReadAsync(ReleaseRequest request, [EnumeratorCancellation] CancellationToken ct = default)
    {
        if (_lanes.Length == 1)
        {
            await foreach (var a in ReadRangeAsync(_lanes[0], request, Guid.Empty, Last, ct)) yield return a;
            yield break;
        }
        var channel = Channel.CreateBounded<Assessment>(new BoundedChannelOptions(64) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var bounds = Bounds(_lanes.Length);
        var lanes = _lanes.Select((lane, i) => Task.Run(async () =>
        {
            await foreach (var a in ReadRangeAsync(lane, request, bounds[i], bounds[i + 1], stop.Token)) await channel.Writer.WriteAsync(a, stop.Token);
        }, stop.Token)).ToArray();
        var finished = Task.WhenAll(lanes).ContinueWith(t => channel.Writer.TryComplete(t.Exception?.InnerException), TaskScheduler.Default);
        try
        {
            await foreach (var a in channel.Reader.ReadAllAsync(ct)) yield return a;
        }
        finally
        {
            await stop.CancelAsync();
            await finished;
        }
    }

    private static readonly Guid Last = Guid.Parse("ffffffff-ffff-ffff-ffff-ffffffffffff");

    /// <summary>Lane i reads ids in (bounds[i], bounds[i + 1]]: equal shares of the first 32 bits, as PostgreSQL orders uuids.</summary>
    private static Guid[] Bounds(int lanes) =>
        [Guid.Empty, .. Enumerable.Range(1, lanes - 1).Select(i => Guid.Parse($"{(uint)((1L << 32) * i / lanes - 1):x8}-ffff-ffff-ffff-ffffffffffff")), Last];

    private async IAsyncEnumerable<Assessment> ReadRangeAsync(SnapshotLane lane, ReleaseRequest request, Guid after, Guid last, [EnumeratorCancellation] CancellationToken ct)
    {
        var picked = new List<Guid>(_pageSize);
        while (true)
        {
            picked.Clear();
            var window = 0;
            await using (var command = Command(lane, $"""
                SELECT w.id, (w.data->>'instrumentVersion')::int = ANY($3) AND coalesce(submitted.at >= $4 AND submitted.at < $5, false)
                FROM (SELECT s.id, s.data FROM {_schema}.doc_assessment_summary s
                      WHERE s.data->>'instrumentKey' = $1 AND s.data->>'status' = 'CLOSED' AND s.id > $2 AND s.id <= $7 ORDER BY s.id LIMIT $6) w
                LEFT JOIN LATERAL (SELECT max((e.data->>'submittedAt')::timestamptz) AS at FROM {_schema}.events e
                                   WHERE e.stream_id = w.id AND e.type = 'response_submitted') submitted ON true
                ORDER BY w.id
                """, request, after, _pageSize, last))
            await using (var reader = await command.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct))
                {
                    window++;
                    after = reader.GetGuid(0);
                    if (reader.GetBoolean(1)) picked.Add(after);
                }
            if (picked.Count > 0)
                await foreach (var a in EventsAsync(lane, picked, ct)) yield return a;
            if (window < _pageSize) yield break;
        }
    }

    private async IAsyncEnumerable<Assessment> EventsAsync(SnapshotLane lane, List<Guid> ids, [EnumeratorCancellation] CancellationToken ct)
    {
        Guid? current = null;
        Assessment? state = null;
        await using var command = new NpgsqlCommand(
            $"SELECT stream_id, type, convert_to(data::text, 'UTF8') FROM {_schema}.events WHERE stream_id = ANY($1) ORDER BY stream_id, version",
            lane.Connection, lane.Transaction) { CommandTimeout = 0 };
        command.Parameters.Add(new() { Value = ids.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            while (await reader.ReadAsync(ct))
            {
                var stream = reader.GetGuid(0);
                if (stream != current)
                {
                    if (state is { Status: AssessmentStatus.Closed }) yield return state;
                    (current, state) = (stream, null);
                }
                // The event's bytes go into one reused buffer (the rows of a page are read one at a time).
                var length = (int)reader.GetBytes(2, 0, null, 0, 0);
                if (length > buffer.Length) { ArrayPool<byte>.Shared.Return(buffer); buffer = ArrayPool<byte>.Shared.Rent(length); }
                reader.GetBytes(2, 0, buffer, 0, length);
                state = lane.Events.Fold(state, reader.GetString(1), buffer.AsSpan(0, length));
            }
            if (state is { Status: AssessmentStatus.Closed }) yield return state;
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    /// <summary>The assessments of the request (s is the summary; parameters $1 to $5, $2 the cursor), for the count.</summary>
    private string Matching => $"""
        {_schema}.doc_assessment_summary s
        CROSS JOIN LATERAL (SELECT max((e.data->>'submittedAt')::timestamptz) AS at FROM {_schema}.events e
                            WHERE e.stream_id = s.id AND e.type = 'response_submitted') submitted
        WHERE s.data->>'instrumentKey' = $1 AND s.data->>'status' = 'CLOSED' AND s.id > $2
          AND (s.data->>'instrumentVersion')::int = ANY($3) AND submitted.at >= $4 AND submitted.at < $5
        """;

    private static NpgsqlCommand Command(SnapshotLane lane, string sql, ReleaseRequest request, Guid after, int? limit = null, Guid? last = null)
    {
        var command = new NpgsqlCommand(sql, lane.Connection, lane.Transaction) { CommandTimeout = 0 };
        command.Parameters.Add(new() { Value = request.InstrumentKey, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = after, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new() { Value = request.Versions.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        command.Parameters.Add(new() { Value = request.From, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = request.To, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        if (limit is { } n) command.Parameters.Add(new() { Value = n, NpgsqlDbType = NpgsqlDbType.Integer });
        if (last is { } l) command.Parameters.Add(new() { Value = l, NpgsqlDbType = NpgsqlDbType.Uuid });
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lane in _lanes) await lane.DisposeAsync();
    }
}
