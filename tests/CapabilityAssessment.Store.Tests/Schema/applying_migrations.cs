using System.Reflection;

namespace CapabilityAssessment.Store.Tests.Schema;

public sealed class applying_migrations(StoreFixture fixture) : StoreContext(fixture)
{
    protected override void Configure(StoreOptions options)
    {
        options.Document<Documents.User>().Index("role");
        options.AddMigrations(Assembly.GetExecutingAssembly(), "tests");
    }

    private static string FreshSchema(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..30];

    [Fact]
    public async Task eight_stores_migrating_at_once_apply_each_migration_exactly_once()
    {
        var schema = FreshSchema("race");
        var stores = Enumerable.Range(0, 8).Select(_ => DocumentStore.For(NewOptions(schema))).ToList();
        try
        {
            await Task.WhenAll(stores.Select(s => Task.Run(() => s.ApplyMigrationsAsync())));
            var rows = await ScalarAsync<long>($"SELECT count(*) FROM \"{schema}\".schema_migrations");
            var distinct = await ScalarAsync<long>($"SELECT count(DISTINCT (source, id)) FROM \"{schema}\".schema_migrations");
            Assert.Equal(4, rows);
            Assert.Equal(rows, distinct);
            Assert.Equal(1L, await ScalarAsync<long>($"SELECT count(*) FROM \"{schema}\".widgets"));
            Assert.True((await stores[3].CheckSchemaAsync()).IsUpToDate);
        }
        finally
        {
            foreach (var store in stores) await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task a_modified_applied_migration_is_rejected_with_a_message_naming_it()
    {
        var schema = FreshSchema("edited");
        await using var store = DocumentStore.For(NewOptions(schema));
        await store.ApplyMigrationsAsync();
        // Same effect as editing the file after it ran: the recorded checksum no longer matches.
        await ScalarAsync<object>($"UPDATE \"{schema}\".schema_migrations SET checksum = 'edited' WHERE source = 'tests' AND id = 2");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.ApplyMigrationsAsync());
        Assert.Contains("tests/0002_widget_seed.sql", error.Message);
        var status = await store.CheckSchemaAsync();
        Assert.Equal(["tests/0002_widget_seed.sql"], status.Modified);
        Assert.False(status.IsUpToDate);
    }

    [Fact]
    public async Task check_schema_reports_pending_migrations_and_tables_until_they_are_applied()
    {
        await using var store = DocumentStore.For(NewOptions(FreshSchema("pending")));
        var before = await store.CheckSchemaAsync();
        Assert.Contains("store/0001_events.sql", before.Pending);
        Assert.Contains("tests/0001_widgets.sql", before.Pending);
        Assert.Contains("table doc_user", before.Pending);
        await store.ApplyMigrationsAsync();
        Assert.True((await store.CheckSchemaAsync()).IsUpToDate);
    }

    [Fact]
    public async Task applying_twice_is_harmless()
    {
        await theStore.ApplyMigrationsAsync();
        await theStore.ApplyMigrationsAsync();
        Assert.True((await theStore.CheckSchemaAsync()).IsUpToDate);
    }

    [Fact]
    public async Task the_events_table_has_martens_shape()
    {
        var columns = await ScalarAsync<string>(
            "SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'events'",
            SchemaName);
        Assert.Equal("seq_id,id,stream_id,version,type,data,timestamp,dotnet_type", columns);
    }

    [Fact]
    public void a_resource_prefix_keeps_only_the_migrations_embedded_under_it()
    {
        var assembly = Assembly.GetExecutingAssembly();
        Assert.Equal(["0001_widgets.sql", "0002_widget_seed.sql"],
            Migration.Embedded(assembly, "tests", "CapabilityAssessment.Store.Tests.Schema.Migrations").Select(m => m.FileName));
        Assert.Empty(Migration.Embedded(assembly, "tests", "CapabilityAssessment.Store.Tests.Schema.Other"));
        Assert.Equal(2, Migration.Embedded(assembly, "tests").Count);
    }
}
