using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using CapabilityAssessment.Exports.Anonymisation;
using CapabilityAssessment.Exports.Rows;
using CapabilityAssessment.Storage;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>
/// Reads the export rows a release asks for (instrument, versions and submission date filtered in SQL), in one
/// REPEATABLE READ snapshot so both passes of a release see the same assessments: the counts of the quasi-identifier
/// classes, and the rows, streamed (memory holds one row and the connection's read buffer, however many match).
/// </summary>
internal sealed class ExportRowReader : IAsyncDisposable
{
    private readonly SnapshotLane _counting, _reading;
    private readonly string _table;

    private ExportRowReader(SnapshotLane counting, SnapshotLane reading, IDocumentStore store) =>
        (_counting, _reading, _table) = (counting, reading, store.Qualified(StoreTables.ExportRows));

    /// <summary>
    /// Two connections in one snapshot (the second imports the first's): counting and reading may run at once, so the
    /// database sorts the rows for the second pass while it counts for the first.
    /// </summary>
    public static async Task<ExportRowReader> OpenAsync(IDocumentStore store, CancellationToken ct)
    {
        var counting = await SnapshotLane.OpenAsync(store, null, ct);
        try
        {
            var reading = await SnapshotLane.OpenAsync(store, await counting.ExportSnapshotAsync(ct), ct);
            return new ExportRowReader(counting, reading, store);
        }
        catch
        {
            await counting.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Rows of the request scored by this version of the scoring rules (the release pipeline rebuilds older
    /// ones first; one can only remain while another version of the service is rebuilding them), so a
    /// codebook states one scoring version.
    /// </summary>
    private static readonly string Filter =
        "instrument_key = $1 AND instrument_version = ANY($2) AND submitted_at >= $3 AND submitted_at < $4 " +
        $"AND scoring_version = '{Scoring.ScoringEngine.ScoringVersion.Replace("'", "''")}' AND firm_id IS NOT NULL";

    /// <summary>
    /// The first pass, in SQL: how many firms share each sequence of their assessments' quasi-identifiers (firms
    /// are the unit of k, see <see cref="KAnonymity"/>): country, industry, size class, age class, turnover
    /// band, role set (sorted bytewise, as <see cref="QuasiIdentifiers.RoleSet"/> sorts ordinally) and language
    /// of each assessment in the window, in submission order, and their number. Classes are counted as numbers,
    /// the bounds reached (width_bucket, as
    /// <see cref="Benchmarks.PeerDimensions"/> counts them), so the result has one row per sequence, not per headcount.
    /// </summary>
    public async Task<Dictionary<QiKey, long>> CountQuasiIdentifiersAsync(
        ReleaseRequest request, IReadOnlyList<int> ageBounds,
        Func<string?, string?, int?, int?, string?, string, string?, int, QiKey> key,
        CancellationToken ct)
    {
        // One text per assessment (fields split by \x1f, \x01 for null), a firm's joined by \x1e in submission order.
        await using var command = Command(_counting, $"""
            SELECT assessments, count(*)
            FROM (SELECT string_agg(concat_ws(chr(31), coalesce(country, chr(1)), coalesce(industry, chr(1)),
                           coalesce(CASE WHEN employees >= 0 THEN width_bucket(employees, $5)::text END, chr(1)),
                           coalesce(CASE WHEN founding_year IS NOT NULL
                                         THEN width_bucket(greatest(0, started_year - founding_year), $6)::text END, chr(1)),
                           coalesce(turnover_band, chr(1)),
                           CASE WHEN cardinality(roles) = 1 THEN roles[1]
                                ELSE array_to_string(ARRAY(SELECT r FROM unnest(roles) r ORDER BY r COLLATE "C"), '+') END,
                           coalesce(language, chr(1))), chr(30) ORDER BY submitted_at, assessment_id) AS assessments
                  FROM {_table} WHERE {Filter} GROUP BY firm_id) f
            GROUP BY assessments
            """, request);
        command.Parameters.Add(new() { Value = Benchmarks.PeerDimensions.SizeBounds.ToArray(),
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        command.Parameters.Add(new() { Value = ageBounds.ToArray(),
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        var histogram = new Dictionary<QiKey, long>();
        // The histogram lives through the whole release: its keys share one string per distinct value.
        var strings = new Dictionary<string, string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var assessments = reader.GetString(0).Split('\x1e');
            var keys = new QiKey[assessments.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                var v = assessments[i].Split('\x1f')
                    .Select(f => f == "\x01" ? null : strings.TryAdd(f, f) ? f : strings[f]).ToArray();
                keys[i] = key(v[0], v[1], Number(v[2]), Number(v[3]), v[4], v[5]!, v[6], keys.Length);
            }
            var firm = QiKey.Firm(keys);
            histogram[firm] = histogram.GetValueOrDefault(firm) + reader.GetInt64(1);
        }
        return histogram;
    }

    private static int? Number(string? text) =>
        text is null ? null : int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The second pass: the matching rows, firms in an order drawn afresh for every read (a keyed hash of the firm id),
    /// a firm's assessments together in submission order (the order the first pass joined their keys in). Ids are
    /// time-ordered (UUIDv7), so rows in id order would tell when each firm started, finer than the month released, and
    /// two releases in the same order could be joined row by row. The writer numbers a firm's assessments (T0, T1, ...)
    /// as they come, after suppression (whole firms), so the database only sorts.
    /// </summary>
    public async IAsyncEnumerable<ExportRow> ReadAsync(ReleaseRequest request,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var command = Command(_reading, $"""
            SELECT assessment_id, instrument_version, stream_version, submitted_at,
                   country, industry, employees, founding_year, started_year, turnover_band, firm_scores, roles, answers, respondent_scores,
                   firm_id, language
            FROM {_table} WHERE {Filter}
            ORDER BY hashtextextended(firm_id::text, $5), firm_id, submitted_at, assessment_id
            """, request);
        command.Parameters.Add(new() { Value = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8)),
            NpgsqlDbType = NpgsqlDbType.Bigint });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var buffer = new byte[4096];
        while (await reader.ReadAsync(ct))
            yield return new ExportRow(reader.GetGuid(0), request.InstrumentKey, reader.GetInt32(1),
                Scoring.ScoringEngine.ScoringVersion, reader.GetInt64(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetGuid(14), Text(reader, 15) ?? "",
                Attributes(reader, 4), PackedValues.Doubles(Bytes(reader, 10, ref buffer)),
                reader.GetFieldValue<string[]>(11), PackedValues.Shorts(Bytes(reader, 12, ref buffer)),
                PackedValues.Doubles(Bytes(reader, 13, ref buffer)));
    }

    /// <summary>A bytea column's bytes in a buffer reused row after row (valid until the next call).</summary>
    private static ReadOnlySpan<byte> Bytes(NpgsqlDataReader reader, int column, ref byte[] buffer)
    {
        var length = (int)reader.GetBytes(column, 0, null, 0, 0);
        if (length > buffer.Length) buffer = new byte[Math.Max(length, buffer.Length * 2)];
        reader.GetBytes(column, 0, buffer, 0, length);
        return buffer.AsSpan(0, length);
    }

    private static FirmAttributes Attributes(NpgsqlDataReader r, int at) =>
        new(Text(r, at), Text(r, at + 1), Int(r, at + 2), Int(r, at + 3), r.GetInt32(at + 4), Text(r, at + 5));

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static int? Int(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static NpgsqlCommand Command(SnapshotLane lane, string sql, ReleaseRequest request)
    {
        var command = lane.Command(sql);
        command.Parameters.Add(new() { Value = request.InstrumentKey, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = request.Versions.ToArray(),
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        command.Parameters.Add(new() { Value = request.From, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = request.To, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        await _reading.DisposeAsync();
        await _counting.DisposeAsync();
    }
}
