using Npgsql;

namespace CapabilityAssessment.Store.Tests;

// Marten's OneOffConfigurationsContext: every test class gets its own schema, named after the class, so classes never
// see each other's rows. Tests within a class share it and assert only on rows they wrote.
[Collection("store")]
public abstract class StoreContext(StoreFixture fixture) : IAsyncLifetime
{
    protected StoreFixture Fixture { get; } = fixture;

    protected DocumentStore theStore { get; private set; } = null!;

    protected string SchemaName => GetType().Name.ToLowerInvariant();

    protected virtual void Configure(StoreOptions options) { }

    protected StoreOptions NewOptions(string? schema = null)
    {
        var options = new StoreOptions { ConnectionString = Fixture.ConnectionString, SchemaName = schema ?? SchemaName };
        Configure(options);
        return options;
    }

    public virtual async Task InitializeAsync()
    {
        theStore = DocumentStore.For(NewOptions());
        await theStore.ApplyMigrationsAsync();
    }

    public async Task DisposeAsync() => await theStore.DisposeAsync();

    protected async Task<T?> ScalarAsync<T>(string sql, params object[] values)
    {
        await using var command = theStore.DataSource.CreateCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        var result = await command.ExecuteScalarAsync();
        return result is DBNull or null ? default : (T)result;
    }
}
