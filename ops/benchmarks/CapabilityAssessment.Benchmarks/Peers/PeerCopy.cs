using Npgsql;
using NpgsqlTypes;

namespace CapabilityAssessment.Benchmarks.Peers;

/// <summary>Binary COPY of the generated population: the aggregate rows, and the raw score rows for the naive side.</summary>
internal static class PeerCopy
{
    public const string RawTable = "bench_raw_scores";

    public static async Task AggregatesAsync(NpgsqlConnection connection, string schema, string instrumentKey, string scoringVersion, PeerPopulation population)
    {
        await using (var clear = new NpgsqlCommand($"TRUNCATE {schema}.benchmark_stats", connection)) await clear.ExecuteNonQueryAsync();
        await using (var writer = await connection.BeginBinaryImportAsync(
            $"COPY {schema}.benchmark_stats (instrument_key, scoring_version, dimension, value, metric, n, sum, sum_of_squares, bins) FROM STDIN (FORMAT BINARY)"))
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
        // The trigger bumps the generation with every change; readers cache suppression per generation.
        await using var bump = new NpgsqlCommand($"UPDATE {schema}.benchmark_generation SET generation = generation + 1 WHERE id = 1", connection);
        await bump.ExecuteNonQueryAsync();
    }

    /// <summary>One row per firm and construct, written construct by construct, then indexed on construct.</summary>
    public static async Task RawAsync(NpgsqlConnection connection, PeerPopulation population, Action<string> progress)
    {
        await using (var create = new NpgsqlCommand($"""
            DROP TABLE IF EXISTS {RawTable};
            CREATE UNLOGGED TABLE {RawTable} (firm integer NOT NULL, industry text, size text, country text, age text,
                construct text NOT NULL, score double precision NOT NULL)
            """, connection)) await create.ExecuteNonQueryAsync();
        var firms = population.Attributes.Length;
        var constructs = population.Constructs.Length;
        await using (var writer = await connection.BeginBinaryImportAsync(
            $"COPY {RawTable} (firm, industry, size, country, age, construct, score) FROM STDIN (FORMAT BINARY)"))
        {
            for (var c = 0; c < constructs; c++)
            {
                for (var f = 0; f < firms; f++)
                {
                    var a = population.Attributes[f];
                    await writer.StartRowAsync();
                    await writer.WriteAsync(f, NpgsqlDbType.Integer);
                    for (var d = 0; d < 4; d++)
                        if (a[d] is { } v) await writer.WriteAsync(v, NpgsqlDbType.Text); else await writer.WriteNullAsync();
                    await writer.WriteAsync(population.Constructs[c], NpgsqlDbType.Text);
                    await writer.WriteAsync(population.Scores[f * constructs + c], NpgsqlDbType.Double);
                }
                progress($"  raw rows: construct {c + 1}/{constructs}");
            }
            await writer.CompleteAsync();
        }
        await using var index = new NpgsqlCommand($"CREATE INDEX ON {RawTable} (construct); ANALYZE {RawTable}", connection) { CommandTimeout = 0 };
        await index.ExecuteNonQueryAsync();
    }
}
