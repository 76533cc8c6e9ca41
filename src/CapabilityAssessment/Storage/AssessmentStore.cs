using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Http;
using CapabilityAssessment.Store;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CapabilityAssessment.Storage;

/// <summary>The one document and event store of the service; features register their documents and events here.</summary>
internal static class AssessmentStore
{
    public static IServiceCollection AddAssessmentStore(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<ServiceOptions>>().Value;
            return DocumentStore.For(Configure(new StoreOptions { ConnectionString = settings.ConnectionString, SchemaName = settings.Schema }));
        });
        services.AddSingleton<NpgsqlDataSource>(sp => sp.GetRequiredService<DocumentStore>().DataSource);
        services.AddScoped(sp => sp.GetRequiredService<DocumentStore>().LightweightSession());
        services.AddScoped(sp => sp.GetRequiredService<DocumentStore>().QuerySession());
        services.AddHostedService<SchemaMigration>();
        return services;
    }

    /// <summary>Every feature's documents, events and migrations: the service's store, and the benchmarks' stores, are the same.</summary>
    public static StoreOptions Configure(StoreOptions options)
    {
        AccessSetup.Register(options);
        AssessmentStorage.Register(options);
        Benchmarks.BenchmarksSetup.Register(options);
        Exports.ExportsSetup.Register(options);
        return options;
    }
}
