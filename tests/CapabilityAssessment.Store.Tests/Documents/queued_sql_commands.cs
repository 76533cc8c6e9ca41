using CapabilityAssessment.Store.Tests.Events;
using Npgsql;
using NpgsqlTypes;

namespace CapabilityAssessment.Store.Tests.Documents;

public sealed class queued_sql_commands(StoreFixture fixture) : StoreContext(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var create = theStore.DataSource.CreateCommand(
            $"CREATE TABLE IF NOT EXISTS {SchemaName}.tallies (id uuid PRIMARY KEY, scores double precision[])");
        await create.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task a_queued_statement_runs_with_its_parameters_when_the_session_saves()
    {
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.QueueSqlCommand($"INSERT INTO {SchemaName}.tallies VALUES ($1, $2)",
            id, new NpgsqlParameter { Value = new double?[] { 1.5, null }, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Double });
        Assert.Null(await ScalarAsync<double[]>($"SELECT scores FROM {SchemaName}.tallies WHERE id = $1", id));

        await session.SaveChangesAsync();

        Assert.Equal("{1.5,NULL}", await ScalarAsync<string>($"SELECT scores::text FROM {SchemaName}.tallies WHERE id = $1", id));
    }

    [Fact]
    public async Task a_queued_statement_is_undone_when_an_append_of_the_same_unit_of_work_conflicts()
    {
        var stream = Guid.NewGuid();
        await using (var first = theStore.LightweightSession())
        {
            first.Events.StartStream<Quest>(stream, new QuestStarted("one"));
            await first.SaveChangesAsync();
        }
        var id = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.QueueSqlCommand($"INSERT INTO {SchemaName}.tallies VALUES ($1, NULL)", id);
        session.Events.StartStream<Quest>(stream, new QuestStarted("two"));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.SaveChangesAsync());

        Assert.Equal(0L, await ScalarAsync<long>($"SELECT count(*) FROM {SchemaName}.tallies WHERE id = $1", id));
    }

    [Fact]
    public async Task a_failing_statement_fails_the_save_and_writes_nothing_of_the_unit_of_work()
    {
        var stream = Guid.NewGuid();
        await using var session = theStore.LightweightSession();
        session.Events.StartStream<Quest>(stream, new QuestStarted("lost"));
        session.QueueSqlCommand($"INSERT INTO {SchemaName}.tallies VALUES (NULL, NULL)");

        var error = await Assert.ThrowsAsync<PostgresException>(() => session.SaveChangesAsync());

        Assert.Equal(PostgresErrorCodes.NotNullViolation, error.SqlState);
        Assert.Null(await session.Events.AggregateStreamAsync<Quest>(stream));
    }
}
