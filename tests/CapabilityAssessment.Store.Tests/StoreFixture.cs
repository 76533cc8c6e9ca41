using Npgsql;

namespace CapabilityAssessment.Store.Tests;

// One fresh database per test run on the server named by TEST_PG_CONNECTION, dropped at the end.
public sealed class StoreFixture : IAsyncLifetime
{
    private string _admin = "";

    public string DatabaseName { get; } = $"store_tests_{Guid.NewGuid():N}";

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _admin = Environment.GetEnvironmentVariable("TEST_PG_CONNECTION") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "TEST_PG_CONNECTION is not set. Start PostgreSQL (source ops/lib/postgres.sh; pg_start DIR PORT throwaway) and export "
                + "TEST_PG_CONNECTION=\"Host=127.0.0.1;Port=PORT;Username=postgres;Database=postgres\".");
        await using (var connection = new NpgsqlConnection(_admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = DatabaseName }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (ConnectionString.Length == 0) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition("store")]
public sealed class StoreCollection : ICollectionFixture<StoreFixture>;
