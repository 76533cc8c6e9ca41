using System.Security.Cryptography;
using System.Text;
using Marten;
using Npgsql;

namespace CapabilityAssessment.Storage;

/// <summary>
/// Brings the database up to date: Marten's own schema objects first, then the features' numbered SQL files (tables,
/// functions and triggers Marten does not own, written against Marten's tables), recorded with checksums in
/// app_migrations. Everything runs under one PostgreSQL advisory lock, so instances starting together against an
/// empty schema apply it once.
/// </summary>
internal sealed class AppMigrations(IDocumentStore store, NpgsqlDataSource dataSource)
{
    private static readonly IReadOnlyList<SqlMigration> Files =
    [
        .. SqlMigration.Embedded(typeof(AppMigrations).Assembly, "assessments", "CapabilityAssessment.Assessments.Sql"),
        .. SqlMigration.Embedded(typeof(AppMigrations).Assembly, "benchmarks", "CapabilityAssessment.Benchmarks.Sql"),
        .. SqlMigration.Embedded(typeof(AppMigrations).Assembly, "exports", "CapabilityAssessment.Exports.Sql"),
        .. SqlMigration.Embedded(typeof(AppMigrations).Assembly, "norms", "CapabilityAssessment.Norms.Sql"),
    ];

    private string SchemaName => store.Options.DatabaseSchemaName;

    /// <summary>One migration's SQL, for a command that must run it again (it says so in its own comment).</summary>
    public static string Sql(string source, int id) => Files.Single(m => m.Source == source && m.Id == id).Sql;

    // Stable across processes (string.GetHashCode is not), so every instance contends for the same lock.
    private long LockKey =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("CapabilityAssessment:" + SchemaName)));

    public async Task ApplyAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await ExecuteAsync(connection, "SELECT pg_advisory_lock($1)", ct, LockKey);
        try
        {
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            await ApplyFilesAsync(connection, ct);
        }
        finally
        {
            await ExecuteAsync(connection, "SELECT pg_advisory_unlock($1)", CancellationToken.None, LockKey);
        }
    }

    private async Task ApplyFilesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, $"""
            SET LOCAL search_path TO "{SchemaName}";
            CREATE TABLE IF NOT EXISTS app_migrations (
                source text NOT NULL, id int NOT NULL, name text NOT NULL, checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (source, id))
            """, ct);
        var applied = new Dictionary<(string, int), string>();
        await using (var command = new NpgsqlCommand("SELECT source, id, checksum FROM app_migrations", connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) applied[(reader.GetString(0), reader.GetInt32(1))] = reader.GetString(2);
        var modified = Files.Where(m => applied.TryGetValue((m.Source, m.Id), out var sum)
            && sum != m.Checksum).ToList();
        if (modified.Count > 0)
            throw new InvalidOperationException("Applied migration(s) changed since they ran: "
                + string.Join(", ", modified.Select(m => $"{m.Source}/{m.FileName}"))
                + ". Never edit an applied migration; add a new numbered file instead.");
        foreach (var migration in Files.Where(m => !applied.ContainsKey((m.Source, m.Id))))
        {
            await ExecuteAsync(connection, migration.Sql, ct);
            await ExecuteAsync(connection,
                "INSERT INTO app_migrations (source, id, name, checksum) VALUES ($1, $2, $3, $4)",
                ct, migration.Source, migration.Id, migration.Name, migration.Checksum);
        }
        await transaction.CommitAsync(ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct,
        params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        await command.ExecuteNonQueryAsync(ct);
    }
}

internal static class SchemaCommands
{
    /// <summary>What commands run before touching data: the same schema step the service runs at start-up.</summary>
    public static Task ApplySchemaAsync(this IServiceProvider services, CancellationToken ct = default) =>
        services.GetRequiredService<AppMigrations>().ApplyAsync(ct);
}
