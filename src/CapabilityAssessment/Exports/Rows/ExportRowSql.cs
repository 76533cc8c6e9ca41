using CapabilityAssessment.Storage;
using Marten;

namespace CapabilityAssessment.Exports.Rows;

/// <summary>
/// Queues the writes of export_rows into a unit of work, so they commit with the events that caused them.
/// </summary>
internal static class ExportRowSql
{
    /// <summary>Every column, in the order of the parameters (and of the benchmark generator's binary COPY).</summary>
    public const string Columns =
        "assessment_id, instrument_key, instrument_version, scoring_version, stream_version, submitted_at, " +
        "country, industry, employees, founding_year, started_year, turnover_band, firm_scores, roles, answers, " +
        "respondent_scores, " +
        "firm_id, language";

    private static readonly string Updates = string.Join(", ",
        Columns.Split(", ").Skip(1).Select(c => $"{c} = excluded.{c}"));

    // Marten's QueueSqlCommand takes '?' placeholders; a null needs its type spelled out.
    private const string Placeholders =
        "?, ?, ?, ?, ?, ?, ?::text, ?::text, ?::int, ?::int, ?, ?::text, ?::bytea, ?::text[], ?::bytea, ?::bytea, " +
        "?::uuid, ?::text";

    /// <summary>In the closing transaction: the row replaces any earlier one of the assessment.</summary>
    public static void QueueStore(IDocumentSession session, ExportRow row) => session.QueueSqlCommand(
        $"INSERT INTO {session.DocumentStore.Qualified(StoreTables.ExportRows)} ({Columns}) VALUES ({Placeholders}) " +
        $"ON CONFLICT (assessment_id) DO UPDATE SET {Updates}",
        Parameters(row));

    /// <summary>
    /// A rebuild from a state read earlier: written only if the stream is still at the version the row was built from.
    /// The stream row is locked (FOR SHARE) until the commit, so a reopening that
    /// appends meanwhile waits, then deletes it.
    /// </summary>
    public static void QueueRebuild(IDocumentSession session, ExportRow row) => session.QueueSqlCommand(
        $"""
        INSERT INTO {session.DocumentStore.Qualified(StoreTables.ExportRows)} ({Columns})
        SELECT {Placeholders} FROM {session.DocumentStore.Qualified(StoreTables.Streams)} s
        WHERE s.id = ? AND s.version = ? FOR SHARE
        ON CONFLICT (assessment_id) DO UPDATE SET {Updates}
        """, [.. Parameters(row), row.AssessmentId, row.StreamVersion]);

    /// <summary>In the reopening transaction: a reopened assessment is in no release until it closes again.</summary>
    public static void QueueDelete(IDocumentSession session, Guid assessmentId) => session.QueueSqlCommand(
        $"DELETE FROM {session.DocumentStore.Qualified(StoreTables.ExportRows)} WHERE assessment_id = ?", assessmentId);

    private static object[] Parameters(ExportRow r) =>
    [
        r.AssessmentId, r.InstrumentKey, r.InstrumentVersion, r.ScoringVersion, r.StreamVersion, r.SubmittedAt,
        r.Firm.Country!, r.Firm.Industry!, r.Firm.Employees!, r.Firm.FoundingYear!, r.Firm.StartedYear,
        r.Firm.TurnoverBand!, PackedValues.Pack(r.FirmScores), r.Roles, PackedValues.Pack(r.Answers),
        PackedValues.Pack(r.RespondentScores),
        r.FirmId, r.Language,
    ];
}
