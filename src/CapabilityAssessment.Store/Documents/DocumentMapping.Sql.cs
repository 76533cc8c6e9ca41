namespace CapabilityAssessment.Store;

internal sealed partial class DocumentMapping
{
    public string ConflictTarget => "document " + Alias;

    public string QualifiedTable(string schema) => $"{Identifiers.Quote(schema)}.{Identifiers.Quote(TableName)}";

    public IEnumerable<string> CreateDdl(string schema)
    {
        var table = QualifiedTable(schema);
        yield return $"""
            CREATE TABLE IF NOT EXISTS {table} (
                id {(GuidId ? "uuid" : "text")} PRIMARY KEY,
                data jsonb NOT NULL,
                version bigint NOT NULL,
                last_modified timestamptz NOT NULL DEFAULT now(),
                dotnet_type text)
            """;
        foreach (var field in Indexes)
            yield return $"CREATE INDEX IF NOT EXISTS {Identifiers.Quote($"{TableName}_{field}_idx")} ON {table} ((data->>'{field}'))";
    }

    public DocumentSql BuildSql(string schema)
    {
        var t = QualifiedTable(schema);
        var conflict = $"{Identifiers.Quote(schema)}.raise_concurrency_conflict";
        return new DocumentSql(
            Table: t,
            Upsert: $"""
                INSERT INTO {t} AS d (id, data, version, last_modified, dotnet_type) VALUES ($1, $2, 1, now(), $3)
                ON CONFLICT (id) DO UPDATE SET data = excluded.data, version = d.version + 1,
                    last_modified = excluded.last_modified, dotnet_type = excluded.dotnet_type
                """,
            Insert: $"""
                WITH i AS (INSERT INTO {t} (id, data, version, last_modified, dotnet_type) VALUES ($1, $2, 1, now(), $3)
                           ON CONFLICT (id) DO NOTHING RETURNING version)
                SELECT coalesce((SELECT version FROM i),
                    {conflict}('{ConflictTarget}', $1::text, 0, (SELECT version FROM {t} WHERE id = $1)))
                """,
            UpdateExpected: $"""
                WITH u AS (UPDATE {t} AS d SET data = $2, version = d.version + 1, last_modified = now(), dotnet_type = $3
                           WHERE d.id = $1 AND d.version = $4 RETURNING d.version)
                SELECT coalesce((SELECT version FROM u),
                    {conflict}('{ConflictTarget}', $1::text, $4, (SELECT version FROM {t} WHERE id = $1)))
                """,
            Delete: $"DELETE FROM {t} WHERE id = $1",
            Load: $"SELECT data, version, last_modified FROM {t} WHERE id = $1",
            LoadMany: $"SELECT data FROM {t} WHERE id = ANY($1)");
    }
}

internal sealed record DocumentSql(string Table, string Upsert, string Insert, string UpdateExpected, string Delete, string Load, string LoadMany);
