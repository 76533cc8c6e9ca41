using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace CapabilityAssessment.Store;

public sealed partial class DocumentStore
{
    private string Schema => Identifiers.Quote(Options.SchemaName);

    // Stable across processes (string.GetHashCode is not), so every instance contends for the same lock.
    private long MigrationLockKey =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("CapabilityAssessment.Store:" + Options.SchemaName)));

    /// <summary>Creates the schema, applies pending migrations once and creates document tables, under an advisory lock.</summary>
    public async Task ApplyMigrationsAsync(CancellationToken cancellationToken = default)
    {
        var migrations = Migration.All(Options);
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock($1)", cancellationToken, MigrationLockKey);
        await ExecuteAsync(connection, $"""
            CREATE SCHEMA IF NOT EXISTS {Schema};
            SET LOCAL search_path TO {Schema};
            CREATE TABLE IF NOT EXISTS schema_migrations (
                source text NOT NULL, id int NOT NULL, name text NOT NULL, checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (source, id))
            """, cancellationToken);
        var applied = await ReadAppliedAsync(connection, cancellationToken);
        var modified = migrations.Where(m => applied.TryGetValue((m.Source, m.Id), out var sum) && sum != m.Checksum).ToList();
        if (modified.Count > 0)
            throw new InvalidOperationException("Applied migration(s) changed since they ran: "
                + string.Join(", ", modified.Select(m => $"{m.Source}/{m.FileName}"))
                + ". Never edit an applied migration; add a new numbered file instead.");
        foreach (var migration in migrations.Where(m => !applied.ContainsKey((m.Source, m.Id))))
        {
            await ExecuteAsync(connection, migration.Sql, cancellationToken);
            await ExecuteAsync(connection, "INSERT INTO schema_migrations (source, id, name, checksum) VALUES ($1, $2, $3, $4)",
                cancellationToken, migration.Source, migration.Id, migration.Name, migration.Checksum);
        }
        foreach (var ddl in _documents.Values.SelectMany(d => d.Mapping.CreateDdl(Options.SchemaName)))
            await ExecuteAsync(connection, ddl, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Reports pending or modified migrations and missing document tables (for readiness checks).</summary>
    public async Task<SchemaStatus> CheckSchemaAsync(CancellationToken cancellationToken = default)
    {
        var migrations = Migration.All(Options);
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        var applied = await ExistsAsync(connection, "schema_migrations", cancellationToken)
            ? await ReadAppliedAsync(connection, cancellationToken, $"{Schema}.schema_migrations")
            : new Dictionary<(string, int), string>();
        var pending = migrations.Where(m => !applied.ContainsKey((m.Source, m.Id))).Select(m => $"{m.Source}/{m.FileName}").ToList();
        foreach (var storage in _documents.Values)
            if (!await ExistsAsync(connection, storage.Mapping.TableName, cancellationToken))
                pending.Add($"table {storage.Mapping.TableName}");
        var modified = migrations.Where(m => applied.TryGetValue((m.Source, m.Id), out var sum) && sum != m.Checksum)
            .Select(m => $"{m.Source}/{m.FileName}").ToList();
        return new SchemaStatus(pending, modified);
    }

    private async Task<bool> ExistsAsync(NpgsqlConnection connection, string table, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass($1) IS NOT NULL", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = $"{Schema}.{Identifiers.Quote(table)}" });
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<Dictionary<(string, int), string>> ReadAppliedAsync(
        NpgsqlConnection connection, CancellationToken ct, string table = "schema_migrations")
    {
        var applied = new Dictionary<(string, int), string>();
        await using var command = new NpgsqlCommand($"SELECT source, id, checksum FROM {table}", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) applied[(reader.GetString(0), reader.GetInt32(1))] = reader.GetString(2);
        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        await command.ExecuteNonQueryAsync(ct);
    }
}
