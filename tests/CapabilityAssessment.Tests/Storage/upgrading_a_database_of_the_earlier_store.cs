using Alba;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Storage;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CapabilityAssessment.Tests.Storage;

/// <summary>
/// Fixtures/legacy_store.sql is a pg_dump of a database written by the project's last version before Marten (commit
/// a0d772a, `demo load --firms 12`: 13 closed assessments, 65 events, profiles, peer contributions, export rows; the
/// peer aggregates left out to keep the file small: the old trigger function recomputes them below).
/// </summary>
public sealed class upgrading_a_database_of_the_earlier_store
{
    private const string Stats = """
        SELECT string_agg(concat_ws('|', instrument_key, scoring_version, dimension, value, metric, n, round(sum::numeric, 6),
               round(sum_of_squares::numeric, 4), bins::text), E'\n' ORDER BY instrument_key, dimension, value, metric)
        FROM benchmark_stats
        """;

    [Fact]
    public async Task migrating_keeps_every_assessment_profile_benchmark_figure_and_export_row_and_reruns_copy_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var legacy = NpgsqlDataSource.Create(database.ConnectionString);
        await Execute(legacy, await File.ReadAllTextAsync(
            Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "legacy_store.sql")));
        await Execute(legacy, "SELECT benchmark_apply(data, 1) FROM doc_benchmark_contribution");
        var statsBefore = await Scalar<string>(legacy, Stats);
        // The columns of Exports/Sql/0001: 0002 adds firm_id and language, null until
        // the next release rebuilds the rows.
        const string RowsSql =
            "SELECT string_agg(md5((assessment_id, instrument_key, instrument_version, scoring_version, " +
            "stream_version, submitted_at, country, industry, employees, founding_year, started_year, turnover_band, " +
            "firm_scores, " +
            "roles, answers, respondent_scores)::text), ',' ORDER BY assessment_id) FROM export_rows";
        var rowsBefore = await Scalar<string>(legacy, RowsSql);

        await using var host = await AppFixture.StartAsync(database.ConnectionString);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var first = await LegacyStoreMigration.MigrateAsync(store, default);
        var second = await LegacyStoreMigration.MigrateAsync(store, default);

        Assert.Equal(new LegacyStoreMigration.Outcome(13, 65, 13 + 13 + 12 + 1, 13, 13), first);
        Assert.Equal(new LegacyStoreMigration.Outcome(0, 0, 0, 0, 0), second);
        Assert.Equal(statsBefore, await Scalar<string>(legacy, Stats));
        Assert.Equal(rowsBefore, await Scalar<string>(legacy, RowsSql));
        Assert.Equal(65L, await Scalar<long>(legacy, "SELECT count(*) FROM mt_events"));
        await using var session = store.QuerySession();
        var closed = await session.Query<AssessmentSummary>().Where(s => s.Status == "CLOSED").ToListAsync();
        Assert.Equal(13, closed.Count);
        foreach (var summary in closed)
        {
            var state = await session.LoadAsync<Assessment>(summary.Id);
            Assert.Equal(AssessmentStatus.Closed, state!.Status);
            Assert.Equal(5, state.Version);
            Assert.NotNull(await session.LoadAsync<AssessmentProfile>(summary.Id));
        }
    }

    [Fact]
    public async Task the_sequence_continues_after_the_last_copied_event_so_new_assessments_append()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var legacy = NpgsqlDataSource.Create(database.ConnectionString);
        await Execute(legacy, await File.ReadAllTextAsync(
            Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "legacy_store.sql")));
        await using var host = await AppFixture.StartAsync(database.ConnectionString);
        await LegacyStoreMigration.MigrateAsync(host.Services.GetRequiredService<IDocumentStore>(), default);
        var before = await Scalar<long>(legacy, "SELECT max(seq_id) FROM mt_events");

        var started = await host.Scenario(s => s.Post.Json(new
        {
            query =
                "mutation { startAssessment(instrumentKey: \"dcvn\", firm: { name: \"After Oy\", country: \"FI\", " +
                "industry: \"C\" }) { assessmentId } }",
        }).ToUrl("/graphql"));

        Assert.DoesNotContain("\"errors\"", await started.ReadAsTextAsync());
        Assert.True(await Scalar<long>(legacy, "SELECT min(seq_id) FROM mt_events WHERE seq_id > " + before) > before);
    }

    private static async Task Execute(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> Scalar<T>(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
