using Marten;

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
        options.Schema.For<ApiKey>().DocumentAlias("api_key");
        options.Schema.For<RespondentLink>().DocumentAlias("respondent_link");
        options.Schema.For<DataProtectionKey>().DocumentAlias("data_protection_key");
    }
}
