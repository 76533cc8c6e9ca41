using CapabilityAssessment.Access;
using CapabilityAssessment.Http;
using CapabilityAssessment.Storage;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQL;
using JasperFx;
using Marten;

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
                ComplexityModel.Apply(c);
            })
            .AddErrorInfoProvider(new ProblemErrorInfoProvider(
                new ErrorInfoProviderOptions { ExposeExceptionDetails = environment.IsDevelopment() }))
            .AddUnhandledExceptionHandler(TranslateException));
        return services;
    }

    /// <summary>
    /// Known failures become errors with stable codes; anything else is an INTERNAL_ERROR without details, logged at
    /// Error with its exception and trace id, and the answer carries that trace id to find it.
    /// </summary>
    private static void TranslateException(UnhandledExceptionContext context)
    {
        context.Exception = context.OriginalException switch
        {
            AccessDenied denied => new ExecutionError(denied.Message) { Code = denied.Code },
            Exception conflict when StoreConflicts.IsConflict(conflict) => new ExecutionError(
                $"Someone else changed this in the meantime ({conflict.Message}). Reload and try again.", conflict)
                { Code = HttpCodes.ConcurrencyConflict },
            var e when DatabaseFaults.IsUnavailable(e) => new ExecutionError(
                "The database is unavailable; try again shortly.", e) { Code = HttpCodes.DatabaseUnavailable },
            var e => Internal(e, context.ExecutionOptions),
        };
    }

    private static ExecutionError Internal(Exception e, ExecutionOptions options)
    {
        var trace = System.Diagnostics.Activity.Current?.TraceId.ToString()
            ?? options.RequestServices?.GetService<IHttpContextAccessor>()?.HttpContext?.TraceIdentifier ?? "none";
        options.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("CapabilityAssessment.GraphQL")
            .LogError(e, "Unhandled exception in a GraphQL operation (trace {TraceId})", trace);
        return new ExecutionError($"An internal error occurred; it has been logged with trace id {trace}.", e)
            { Code = HttpCodes.InternalError };
    }
}
