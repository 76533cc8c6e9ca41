using CapabilityAssessment.Access;
using CapabilityAssessment.Http;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;

namespace CapabilityAssessment.GraphQL;

internal static class GraphQLSetup
{
    public static IServiceCollection AddGraphQLApi(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddGraphQL(b => b
            .AddSchema<AppSchema>()
            .AddGraphTypes(typeof(AppSchema).Assembly)
            .AddClrTypeMappings(typeof(AppSchema).Assembly)
            .AddSystemTextJson()
            .AddComplexityAnalyzer(c =>
            {
                c.MaxDepth = 15;
                c.MaxComplexity = 20_000;
                // Introspection (GraphiQL loads the whole schema) is bounded by the schema, not by data, so it costs nothing;
                // a modifier of 0 makes everything below __schema and __type free too.
                var byDefault = c.DefaultComplexityImpactDelegate;
                c.DefaultComplexityImpactDelegate = field => field.FieldDefinition.Name is "__schema" or "__type" ? new FieldComplexityResult(0, 0) : byDefault(field);
            })
            .AddErrorInfoProvider(new ProblemErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = environment.IsDevelopment() }))
            .AddUnhandledExceptionHandler(TranslateException));
        return services;
    }

    /// <summary>Known failures become errors with stable codes; anything else is an INTERNAL_ERROR without details.</summary>
    private static void TranslateException(UnhandledExceptionContext context)
    {
        context.Exception = context.OriginalException switch
        {
            AccessDenied denied => new ExecutionError(denied.Message) { Code = denied.Code },
            Exception conflict when StoreConflicts.IsConflict(conflict) => new ExecutionError(
                $"Someone else changed this in the meantime ({conflict.Message}). Reload and try again.", conflict)
                { Code = ErrorCodes.ConcurrencyConflict },
            var e when DatabaseFaults.IsUnavailable(e) => new ExecutionError(
                "The database is unavailable; try again shortly.", e) { Code = ErrorCodes.DatabaseUnavailable },
            var e => new ExecutionError("An internal error occurred.", e) { Code = ErrorCodes.InternalError },
        };
    }
}
