namespace CapabilityAssessment.Instruments;

internal static class InstrumentsSetup
{
    public static IServiceCollection AddInstruments(this IServiceCollection services)
    {
        services.AddSingleton(sp => InstrumentCatalog.Load(
            InstrumentLocations.From(sp.GetRequiredService<IConfiguration>()),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<InstrumentCatalog>()));
        services.AddHostedService<CatalogAtStartUp>();
        return services;
    }

    /// <summary>
    /// Resolves the catalog before the server listens, so an invalid published file
    /// stops start-up, not the first request.
    /// </summary>
    private sealed class CatalogAtStartUp(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            services.GetRequiredService<InstrumentCatalog>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
