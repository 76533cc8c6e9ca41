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
        // Looked up by token hash (the id) on every request, and by assessment and respondent on the team page, when
        // closing or reopening patches a firm's links, and when a colleague's links are revoked.
        options.Schema.For<RespondentLink>().DocumentAlias("respondent_link")
            .Index(x => x.AssessmentId).Index(x => x.RespondentId);
        options.Schema.For<DataProtectionKey>().DocumentAlias("data_protection_key");
    }
}
