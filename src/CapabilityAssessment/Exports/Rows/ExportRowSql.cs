using CapabilityAssessment.Store;
using Npgsql;
using NpgsqlTypes;

namespace CapabilityAssessment.Exports.Rows;

/// <summary>Queues the writes of export_rows into a unit of work, so they commit with the events that caused them.</summary>
internal static class ExportRowSql
{
    /// <summary>Every column, in the order of the parameters (and of the benchmark generator's binary COPY).</summary>
    public const string Columns = "assessment_id, instrument_key, instrument_version, scoring_version, stream_version, submitted_at, " +
        "country, industry, employees, founding_year, started_year, turnover_band, firm_scores, roles, answers, respondent_scores";

    private static string Table(DocumentStore store) => $"\"{store.Options.SchemaName}\".export_rows";

    private static readonly string Updates = string.Join(", ", Columns.Split(", ").Skip(1).Select(c => $"{c} = excluded.{c}"));

    private static readonly string Placeholders = string.Join(", ", Enumerable.Range(1, Columns.Split(", ").Length).Select(i => $"${i}"));

    /// <summary>In the closing transaction: the row replaces any earlier one of the assessment.</summary>
    public static void QueueStore(DocumentSession session, ExportRow row) => session.QueueSqlCommand(
        $"INSERT INTO {Table(session.DocumentStore)} ({Columns}) VALUES ({Placeholders}) ON CONFLICT (assessment_id) DO UPDATE SET {Updates}",
        Parameters(row));

    /// <summary>
    /// A rebuild from events read earlier: written only if the stream is still at the version the row was built from. The
    /// stream row is locked (FOR SHARE) until the commit, so a reopening that appends meanwhile waits, then deletes this row.
    /// </summary>
    public static void QueueRebuild(DocumentSession session, ExportRow row) => session.QueueSqlCommand(
        $"""
        INSERT INTO {Table(session.DocumentStore)} ({Columns})
        SELECT {Placeholders} FROM "{session.DocumentStore.Options.SchemaName}".streams s WHERE s.id = $1 AND s.version = $5 FOR SHARE
        ON CONFLICT (assessment_id) DO UPDATE SET {Updates}
        """, Parameters(row));

    /// <summary>In the reopening transaction: a reopened assessment is in no release until it closes again.</summary>
    public static void QueueDelete(DocumentSession session, Guid assessmentId) =>
        session.QueueSqlCommand($"DELETE FROM {Table(session.DocumentStore)} WHERE assessment_id = $1", assessmentId);

    private static object?[] Parameters(ExportRow r) =>
    [
        r.AssessmentId, r.InstrumentKey, r.InstrumentVersion, r.ScoringVersion, r.StreamVersion, r.SubmittedAt,
        Text(r.Firm.Country), Text(r.Firm.Industry), Int(r.Firm.Employees), Int(r.Firm.FoundingYear), r.Firm.StartedYear, Text(r.Firm.TurnoverBand),
        new NpgsqlParameter { Value = PackedValues.Pack(r.FirmScores), NpgsqlDbType = NpgsqlDbType.Bytea },
        new NpgsqlParameter { Value = r.Roles, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
        new NpgsqlParameter { Value = PackedValues.Pack(r.Answers), NpgsqlDbType = NpgsqlDbType.Bytea },
        new NpgsqlParameter { Value = PackedValues.Pack(r.RespondentScores), NpgsqlDbType = NpgsqlDbType.Bytea },
    ];

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter Int(int? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer };
}
