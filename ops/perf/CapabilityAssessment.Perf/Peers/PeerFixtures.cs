using System.Collections.Immutable;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Norms;
using CapabilityAssessment.Scoring;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace CapabilityAssessment.Perf.Peers;

/// <summary>
/// The benchmark's data, written the fast way: the aggregates by binary COPY (as the trigger would leave them), and
/// contributions, profiles and pins generated inside PostgreSQL from one template each (triggers off while loading:
/// the trigger's cost is the closing's, measured by perf-saves, not the release's).
/// </summary>
internal static class PeerFixtures
{
    public static async Task AggregatesAsync(NpgsqlConnection connection, string schema, string instrumentKey,
        string scoringVersion, PeerPopulation population)
    {
        await Execute(connection, $"TRUNCATE {schema}.benchmark_stats");
        await using (var writer = await connection.BeginBinaryImportAsync(
            $"COPY {schema}.benchmark_stats (instrument_key, scoring_version, dimension, value, metric, n, sum, " +
                "sum_of_squares, bins) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var ((group, metric), row) in population.Aggregates)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(instrumentKey, NpgsqlDbType.Text);
                await writer.WriteAsync(scoringVersion, NpgsqlDbType.Text);
                await writer.WriteAsync(group.Dimension, NpgsqlDbType.Text);
                await writer.WriteAsync(group.Value, NpgsqlDbType.Text);
                await writer.WriteAsync(metric, NpgsqlDbType.Text);
                await writer.WriteAsync(row.N, NpgsqlDbType.Integer);
                await writer.WriteAsync(row.Sum, NpgsqlDbType.Double);
                await writer.WriteAsync(row.SumOfSquares, NpgsqlDbType.Double);
                await writer.WriteAsync(row.Bins, NpgsqlDbType.Array | NpgsqlDbType.Integer);
            }
            await writer.CompleteAsync();
        }
    }

    /// <summary>
    /// n contributions, each in four groups with every metric's score, all pending for the first release.
    /// </summary>
    public static async Task ContributionsAsync(NpgsqlConnection connection, string schema, int n,
        string scoringVersion, PeerPopulation population)
    {
        var table = $"{schema}.mt_doc_benchmark_contribution";
        await Execute(connection, $"ALTER TABLE {table} DISABLE TRIGGER USER");
        await Execute(connection, $"""
            INSERT INTO {table} (id, data, mt_version, mt_dotnet_type)
            SELECT 'dcvn:' || md5(i::text), jsonb_build_object('instrumentKey', 'dcvn', 'scoringVersion', $1::text,
                'groups', jsonb_build_array('everyone=all', 'industry=' || chr(65 + i % 21),
                    'size=' || (ARRAY['micro', 'small', 'medium', 'large'])[1 + i % 4], 'country=FI'),
                'scores', (SELECT jsonb_agg(jsonb_build_object('metric', m, 'score', (i * 7 + k) % 100))
                           FROM unnest($2::text[]) WITH ORDINALITY AS t(m, k))),
                gen_random_uuid(), 'bench'
            FROM generate_series(1, $3) i
            """, scoringVersion, population.ConstructMetrics, n);
        await Execute(connection, $"ALTER TABLE {table} ENABLE TRIGGER USER");
        await Execute(connection,
            $"INSERT INTO {schema}.norm_pending SELECT 'dcvn', id FROM {table} ON CONFLICT DO NOTHING");
    }

    /// <summary>m contributions change one score (as m closings would), pending for the next release.</summary>
    public static async Task ChangeAsync(NpgsqlConnection connection, string schema, int m)
    {
        var table = $"{schema}.mt_doc_benchmark_contribution";
        await Execute(connection, $"ALTER TABLE {table} DISABLE TRIGGER USER");
        await Execute(connection, $"""
            WITH changed AS (SELECT id FROM {table} ORDER BY id LIMIT $1)
            UPDATE {table} d SET data = jsonb_set(d.data, '{"{scores,0,score}"}', '42.5') FROM changed WHERE d.id = changed.id
            """, m);
        await Execute(connection, $"ALTER TABLE {table} ENABLE TRIGGER USER");
        await Execute(connection,
            $"INSERT INTO {schema}.norm_pending SELECT 'dcvn', id FROM {table} ORDER BY id LIMIT $1", m);
    }

    /// <summary>
    /// n closed profiles, each pinned to the release (one template each, ids generated in PostgreSQL).
    /// </summary>
    public static async Task ProfilesAsync(NpgsqlConnection connection, IDocumentStore store, int n,
        NormRelease release)
    {
        var id = Guid.NewGuid();
        var instrument = Scoring.Dcvn.Catalog().Latest("dcvn")!;
        var profile = new AssessmentProfile(id, ScoringEngine.ScoringVersion,
            new InstrumentRef("dcvn", instrument.Version, "bench"), DateTimeOffset.UtcNow, 3,
            [.. instrument.Constructs.Select((c, i) =>
                new ProfileConstruct(c.Key, c.Layer.Key(), 30 + i, 3, 3, 0.8, false, "developing", null, null))],
            [], new ProfileOverall(50, "developing", null, 40, null, null));
        var peers = new[] { "everyone=all", "industry=C", "size=small", "country=FI", "industry+size=C|small" }
            .Select(g => new PinnedPeers(g, false, null, 1000, 55, 50)).ToList();
        var pin = new ProfileNorms(id, release.Id, release.Label, release.PublishedAt, release.Firms,
            release.ScoringVersion,
            [.. profile.Constructs.Select(c => new PinnedConstruct(c.Key, 3, 4.2, 25, 40, "basic",
                "developing", peers))]);
        var serializer = store.Options.Serializer();
        await Execute(connection,
            "CREATE TEMP TABLE bench_ids AS SELECT gen_random_uuid() AS id FROM generate_series(1, $1)", n);
        foreach (var (table, json) in new[] { ("mt_doc_profile", serializer.ToJson(profile)),
            ("mt_doc_profile_norms", serializer.ToJson(pin)) })
            await Execute(connection, $"""
                INSERT INTO {table} (id, data, mt_version, mt_dotnet_type)
                SELECT id, jsonb_set($1::jsonb, '{"{id}"}', to_jsonb(id::text)), gen_random_uuid(), 'bench' FROM bench_ids
                """, json);
        await Execute(connection, "ANALYZE mt_doc_profile; ANALYZE mt_doc_profile_norms");
    }

    public static async Task<List<Guid>> ProfileIdsAsync(NpgsqlDataSource dataSource)
    {
        var ids = new List<Guid>();
        await using var command = dataSource.CreateCommand("SELECT id FROM mt_doc_profile");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetGuid(0));
        return ids;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var value in values) command.Parameters.Add(new() { Value = value });
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Firms whose raters answer every item around the firm's level (1-5, ±1): a one-factor population.
    /// </summary>
    public static List<SampledFirm> MeasurementSample(Instruments.InstrumentDefinition instrument,
        int firms, int raters)
    {
        var random = new Random(18);
        var roles = instrument.Roles.Select(r => r.Key).ToList();
        var items = instrument.Items.Select(i => i.Id).ToList();
        var sample = new List<SampledFirm>(firms);
        for (var f = 0; f < firms; f++)
        {
            var level = random.Next(1, 6);
            sample.Add(new SampledFirm(f % 3 == 0 ? "fi" : "en",
                [.. Enumerable.Range(0, raters).Select(r => new Respondent(
                Guid.NewGuid(), roles[(f + r) % roles.Count], items.ToImmutableDictionary(i => i,
                    _ => new RecordedAnswer(Math.Clamp(level + random.Next(-1, 2), 1, 5), false, 1)), [],
                        DateTimeOffset.UnixEpoch))]));
        }
        return sample;
    }
}
