using CapabilityAssessment.Storage;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace CapabilityAssessment.Norms;

/// <summary>Reads and writes a release's frozen cells (norm_cells, one jsonb row per group and metric).</summary>
internal static class NormCells
{
    public const string Table = "norm_cells";

    /// <param name="bins">Also read each cell's histogram (for percentile ranks); a benchmark read needs none.</param>
    public static async Task<Dictionary<(string, string), NormCell>> ReadAsync(IDocumentStore store,
        NpgsqlConnection connection, Guid release, IReadOnlyCollection<string>? groups, bool bins, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT cell{(bins ? ", bins" : "")} FROM {store.Qualified(Table)} WHERE release_id = $1"
            + (groups is null ? "" : " AND grp = ANY($2)"), connection);
        command.Parameters.Add(new() { Value = release });
        if (groups is not null) command.Parameters.Add(new() { Value = groups.ToArray() });
        var cells = new Dictionary<(string, string), NormCell>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var cell = store.Options.Serializer().FromJson<NormCell>(reader, 0);
            if (bins && cell.Figures is not null && !reader.IsDBNull(1))
                cell = cell with { Figures = cell.Figures with { Bins = reader.GetFieldValue<int[]>(1) } };
            cells[(cell.Group, cell.Metric)] = cell;
        }
        return cells;
    }

    public static async Task WriteAsync(IDocumentStore store, NpgsqlConnection connection, Guid release,
        IEnumerable<NormCell> cells, CancellationToken ct)
    {
        var serializer = store.Options.Serializer();
        await using var import = await connection.BeginBinaryImportAsync(
            $"COPY {store.Qualified(Table)} (release_id, grp, metric, cell, bins) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var cell in cells)
        {
            await import.StartRowAsync(ct);
            await import.WriteAsync(release, NpgsqlDbType.Uuid, ct);
            await import.WriteAsync(cell.Group, NpgsqlDbType.Text, ct);
            await import.WriteAsync(cell.Metric, NpgsqlDbType.Text, ct);
            await import.WriteAsync(serializer.ToJson(cell), NpgsqlDbType.Jsonb, ct);
            if (cell.Figures?.Bins is { } bins)
                await import.WriteAsync(bins, NpgsqlDbType.Array | NpgsqlDbType.Integer, ct);
            else await import.WriteNullAsync(ct);
        }
        await import.CompleteAsync(ct);
    }
}
