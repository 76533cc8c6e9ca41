using Marten;
using Npgsql;

namespace CapabilityAssessment.Storage;

/// <summary>
/// The quoted, schema-qualified names of tables the app's own SQL reads and writes: Marten's and its own.
/// </summary>
internal static class StoreTables
{
    public static string Qualified(this IDocumentStore store, string table) =>
        $"\"{store.Options.DatabaseSchemaName}\".{table}";

    /// <summary>An open connection from the store's data source, for the app's own SQL.</summary>
    public static async Task<NpgsqlConnection> ConnectAsync(this IDocumentStore store, CancellationToken ct)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        return connection;
    }

    public const string Streams = "mt_streams";
    public const string Events = "mt_events";
    public const string AssessmentSummaries = "mt_doc_assessment_summary";
    public const string Firms = "mt_doc_firm";
    public const string PeerContributions = "mt_doc_benchmark_contribution";
    public const string PeerStatistics = "benchmark_stats";
    public const string Assessments = "mt_doc_assessment";
    public const string DatasetReleases = "mt_doc_dataset_release";
    public const string DataProtectionKeys = "mt_doc_data_protection_key";
    public const string ExportRows = "export_rows";
}
