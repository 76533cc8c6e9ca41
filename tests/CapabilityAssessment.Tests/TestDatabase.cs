using Npgsql;

namespace CapabilityAssessment.Tests;

/// <summary>
/// A fresh database on the server named by TEST_PG_CONNECTION (ops/test starts one), dropped at the end.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _admin;

    // Every fixture starts here. One test process hosts dozens of servers (Alba, Kestrel for chromium) on 2 cores; a
    // burst of blocking work elsewhere must not leave a browser's page request waiting for the pool to grow (a 30 s
    // navigation timeout in full runs, never alone). Starting with more pool threads removes that wait.
    static TestDatabase() =>
        ThreadPool.SetMinThreads(Math.Max(64, Environment.ProcessorCount * 8),
        Math.Max(64, Environment.ProcessorCount * 8));

    private TestDatabase(string admin, string name)
    {
        _admin = admin;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }

    /// <summary>
    /// A new database; suffix "_demo" names it like a demo database, which the demo command insists on.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(string suffix = "")
    {
        var admin = Environment.GetEnvironmentVariable("TEST_PG_CONNECTION")
            ?? throw new InvalidOperationException(
                "TEST_PG_CONNECTION is not set. Run ./ops/test, or start PostgreSQL and set it, e.g. " +
                    "Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres");
        var db = new TestDatabase(admin, $"ca_test_{Guid.NewGuid():N}{suffix}");
        await using var conn = new NpgsqlConnection(admin);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{db.Name}\"", conn);
        await cmd.ExecuteNonQueryAsync();
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(_admin);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
