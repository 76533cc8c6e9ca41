using CapabilityAssessment.Store;

namespace CapabilityAssessment.Access;

internal static class AccessSetup
{
    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CurrentPrincipal>();
        DatabaseKeyRing.AddTo(services);
        return services;
    }

    public static void Register(StoreOptions options)
    {
        options.Document<ApiKey>("api_key");
        options.Document<RespondentLink>("respondent_link");
        options.Document<DataProtectionKey>("data_protection_key");
    }
}
