using System.Text.Json;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Perf.Scoring;
using CapabilityAssessment.Exports.Rows;
using CapabilityAssessment.Instruments;
using Npgsql;
using NpgsqlTypes;

namespace CapabilityAssessment.Perf.Exports;

/// <summary>
/// N closed single-respondent dcvn assessments (one in five re-assesses the firm of the one before; in en, fi or sv)
/// written straight into the store's tables with binary COPY (streams, events, summaries and the export rows closing
/// writes; four connections at once): the five events the rescore benchmark appends through the store, with the same
/// respondents (<see cref="Dcvn.Respondent"/>), but firms that differ (country, industry, size, age, turnover) so the
/// k-anonymity search has real classes to work on, and submissions spread over 2025. Assessment i is the same on every
/// table: each is generated from its own seed.
/// </summary>
internal static class ExportPopulation
{
    public static readonly DateTimeOffset Year = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const string Role = "managing_director";
    private static readonly string[] Countries = ["FI", "FI", "FI", "SE", "SE", "DE", "EE", "NO", "DK", "NL",
        "FR", "IS"];
    private static readonly string[] Industries = ["C", "C", "G", "J", "M", "F", "H", "N", "Q", "I", "A", "K"];
    private static readonly string?[] Turnover = ["under_2m", "under_2m", "2m_10m", "10m_50m", "over_50m", null];
    private static readonly string[] Languages = ["en", "en", "fi", "sv"];

    private sealed record Generated(int Index, Guid Id, AssessmentStarted Started, Respondent Respondent,
        DateTimeOffset Submitted);

    public static async Task WriteAsync(BenchStore store, InstrumentDefinition instrument, string hash, int count,
        Action<string> progress)
    {
        var schema = store.Schema;
        // What Marten writes: camelCase names, enums as numbers (AssessmentStore.Configure).
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        await Task.WhenAll(
            CopyAsync(store,
                $"COPY {schema}.mt_streams (id, type, version, created, timestamp) FROM STDIN (FORMAT BINARY)", count,
                async (w, g) =>
            {
                await w.StartRowAsync();
                await w.WriteAsync(g.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync("assessment", NpgsqlDbType.Text);
                await w.WriteAsync(5L, NpgsqlDbType.Bigint);
                await w.WriteAsync(g.Started.StartedAt, NpgsqlDbType.TimestampTz);
                await w.WriteAsync(g.Submitted, NpgsqlDbType.TimestampTz);
            }, instrument, hash, null),
            CopyAsync(store,
                $"COPY {schema}.mt_events (seq_id, id, stream_id, version, type, data, \"timestamp\", " +
                "mt_dotnet_type) FROM STDIN (FORMAT BINARY)", count, async (w, g) =>
            {
                var events = Events(g);
                for (var v = 0; v < events.Length; v++)
                {
                    var type = events[v].GetType();
                    await w.StartRowAsync();
                    await w.WriteAsync(g.Index * 5L + v + 1, NpgsqlDbType.Bigint);
                    await w.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    await w.WriteAsync(g.Id, NpgsqlDbType.Uuid);
                    await w.WriteAsync(v + 1L, NpgsqlDbType.Bigint);
                    await w.WriteAsync(SnakeCase(type.Name), NpgsqlDbType.Text);
                    await w.WriteAsync(JsonSerializer.Serialize(events[v], type, json), NpgsqlDbType.Jsonb);
                    await w.WriteAsync(v < 2 ? g.Started.StartedAt : g.Submitted, NpgsqlDbType.TimestampTz);
                    await w.WriteAsync($"{type.FullName}, {type.Assembly.GetName().Name}", NpgsqlDbType.Text);
                }
            }, instrument, hash, progress),
            CopyAsync(store,
                $"COPY {schema}.mt_doc_assessment_summary (id, data, mt_version, mt_last_modified, mt_dotnet_type) " +
                "FROM STDIN (FORMAT BINARY)", count, async (w, g) =>
            {
                var s = g.Started;
                var summary = new AssessmentSummary(g.Id, s.OrganisationId, s.Firm.Name, s.Instrument.Key,
                    s.Instrument.Version, "CLOSED", 1, 1, s.StartedAt, g.Submitted, null, s.FirmId);
                await w.StartRowAsync();
                await w.WriteAsync(g.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(JsonSerializer.Serialize(summary, json), NpgsqlDbType.Jsonb);
                await w.WriteAsync(1L, NpgsqlDbType.Bigint);
                await w.WriteAsync(g.Submitted, NpgsqlDbType.TimestampTz);
                await w.WriteAsync(typeof(AssessmentSummary).FullName!, NpgsqlDbType.Text);
            }, instrument, hash, null),
            // The row closing writes (Exports/Rows), built by the same code from the same events folded.
            CopyAsync(store, $"COPY {schema}.export_rows ({ExportRowSql.Columns}) FROM STDIN (FORMAT BINARY)", count,
                async (w, g) =>
            {
                var state = Assessment.StartedBy(g.Started).ThenAll(Events(g).Skip(1));
                var row = ExportRow.From(state, instrument)!;
                var f = row.Firm;
                await w.StartRowAsync();
                await w.WriteAsync(row.AssessmentId, NpgsqlDbType.Uuid);
                await w.WriteAsync(row.InstrumentKey, NpgsqlDbType.Text);
                await w.WriteAsync(row.InstrumentVersion, NpgsqlDbType.Integer);
                await w.WriteAsync(row.ScoringVersion, NpgsqlDbType.Text);
                await w.WriteAsync(row.StreamVersion, NpgsqlDbType.Bigint);
                await w.WriteAsync(row.SubmittedAt, NpgsqlDbType.TimestampTz);
                await w.WriteAsync(f.Country, NpgsqlDbType.Text);
                await w.WriteAsync(f.Industry, NpgsqlDbType.Text);
                await w.WriteAsync(f.Employees, NpgsqlDbType.Integer);
                await w.WriteAsync(f.FoundingYear, NpgsqlDbType.Integer);
                await w.WriteAsync(f.StartedYear, NpgsqlDbType.Integer);
                await w.WriteAsync(f.TurnoverBand, NpgsqlDbType.Text);
                await w.WriteAsync(PackedValues.Pack(row.FirmScores), NpgsqlDbType.Bytea);
                await w.WriteAsync(row.Roles, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await w.WriteAsync(PackedValues.Pack(row.Answers), NpgsqlDbType.Bytea);
                await w.WriteAsync(PackedValues.Pack(row.RespondentScores), NpgsqlDbType.Bytea);
                await w.WriteAsync(row.FirmId, NpgsqlDbType.Uuid);
                await w.WriteAsync(row.Language, NpgsqlDbType.Text);
            }, instrument, hash, null));
        await using (var sequence = store.DataSource.CreateCommand(
            $"SELECT setval('{schema}.mt_events_sequence', greatest((SELECT max(seq_id) FROM {schema}.mt_events), 1))"))
            await sequence.ExecuteNonQueryAsync();
        await using var analyze = store.DataSource.CreateCommand(
            $"ANALYZE {schema}.mt_streams, {schema}.mt_events, {schema}.mt_doc_assessment_summary, " +
                $"{schema}.export_rows");
        analyze.CommandTimeout = 0;
        await analyze.ExecuteNonQueryAsync();
    }

    private static object[] Events(Generated g)
    {
        var r = g.Respondent;
        return
        [
            g.Started, new RespondentInvited(r.Id, r.Role, "bench", g.Started.StartedAt),
            new AnswersSaved(r.Id, Guid.CreateVersion7(), [.. r.Answers.Select(a =>
                new AnswerValue(a.Key, a.Value.Value))], g.Submitted),
            new ResponseSubmitted(r.Id, g.Submitted), new AssessmentClosed("bench", true, g.Submitted),
        ];
    }

    private static async Task CopyAsync(BenchStore store, string copy, int count,
        Func<NpgsqlBinaryImporter, Generated, Task> row, InstrumentDefinition instrument, string hash,
        Action<string>? progress)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync();
        await using var writer = await connection.BeginBinaryImportAsync(copy);
        writer.Timeout = TimeSpan.Zero;
        for (var i = 0; i < count; i++)
        {
            await row(writer, Generate(i, instrument, hash));
            if (progress is not null && (i + 1) % 100_000 == 0) progress($"  {i + 1:N0} assessments written");
        }
        await writer.CompleteAsync();
    }

    // Marten's event type names: the type's name in snake case.
    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c)
            : char.ToLowerInvariant(c).ToString()));

    private static Generated Generate(int i, InstrumentDefinition instrument, string hash)
    {
        var (random, id, started, submitted, firm) = Draw(i);
        // One assessment in five re-assesses the firm of the one before: the same firm (country, industry, size, age,
        // turnover, language), as a re-assessment is, so a release has firms to link and count. The firm's values are
        // drawn from the first assessment's seed; this one's random stream goes on to its answers as in earlier runs.
        var firmIndex = i % 5 == 1 ? i - 1 : i;
        if (firmIndex != i) firm = Draw(firmIndex).Firm;
        var firmId = new Guid(firmIndex, (short)(firmIndex >> 16), 0x4000, [0x80, 1, 0, 0, 0, 0, 0, 0]);
        var start = new AssessmentStarted(id, firmId, new InstrumentRef(instrument.Key, instrument.Version, hash), firm,
            Languages[firmIndex % Languages.Length], "bench", "bench", started);
        return new Generated(i, id, start, Dcvn.Respondent(instrument, Role, random, submitted), submitted);
    }

    private static (Random Random, Guid Id, DateTimeOffset Started, DateTimeOffset Submitted,
        FirmProfile Firm) Draw(int i)
    {
        var random = new Random(HashCode.Combine(11, i) & int.MaxValue);
        var id = new Guid(i, (short)(i >> 16), 0x4000, [0x80, 0, 0, 0, 0, 0, 0, (byte)random.Next(256)]);
        var started = Year.AddMinutes(random.Next(0, 365 * 24 * 60 - 60 * 24 * 3));
        var submitted = started.AddMinutes(random.Next(10, 60 * 24 * 3));
        var employees = random.NextDouble() switch { < 0.4 => random.Next(1, 10), < 0.75 => random.Next(10, 50),
            < 0.93 => random.Next(50, 250), _ => random.Next(250, 5000) };
        int? founded = random.NextDouble() < 0.03 ? null : 2025 -
            (int)Math.Min(80, -Math.Log(1 - random.NextDouble()) * 15);
        var firm = new FirmProfile($"Export bench firm {i}", Countries[random.Next(Countries.Length)],
            Industries[random.Next(Industries.Length)], employees, Turnover[random.Next(Turnover.Length)], founded);
        return (random, id, started, submitted, firm);
    }
}
