using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Store;

/// <summary>Registers the store with Microsoft dependency injection.</summary>
public static class StoreServiceCollectionExtensions
{
    /// <summary>Adds DocumentStore as a singleton, and DocumentSession and QuerySession as scoped services.</summary>
    public static IServiceCollection AddDocumentStore(this IServiceCollection services, Action<StoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddSingleton(_ => DocumentStore.For(configure));
        services.AddScoped(sp => sp.GetRequiredService<DocumentStore>().LightweightSession());
        services.AddScoped(sp => sp.GetRequiredService<DocumentStore>().QuerySession());
        return services;
    }
}
