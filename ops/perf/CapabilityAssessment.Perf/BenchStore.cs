using CapabilityAssessment.Storage;
using Marten;
using Npgsql;

namespace CapabilityAssessment.Perf;

/// <summary>
/// The service's own Marten configuration (AssessmentStore.Configure) with its schema applied, for benchmarks.
/// </summary>
internal sealed class BenchStore(NpgsqlDataSource dataSource, DocumentStore store) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource => dataSource;
    public DocumentStore Store => store;
    public string Schema => $"\"{store.Options.DatabaseSchemaName}\"";

    public static async Task<BenchStore> OpenAsync(string connection)
    {
        var dataSource = AssessmentStore.DataSource(connection);
        var store = DocumentStore.For(o =>
        {
            AssessmentStore.Configure(o, "public");
            o.Connection(dataSource);
        });
        await new AppMigrations(store, dataSource).ApplyAsync(CancellationToken.None);
        return new BenchStore(dataSource, store);
    }

    public async ValueTask DisposeAsync()
    {
        store.Dispose();
        await dataSource.DisposeAsync();
    }
}
