using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQL;
using GraphQLParser.AST;

namespace CapabilityAssessment.Telemetry;

/// <summary>
/// A span and a duration per GraphQL operation, named after OpenTelemetry's GraphQL conventions. The span carries the
/// client's operation name; the metrics do not, since clients choose names freely and each would be a new series.
/// </summary>
internal static class GraphQLTelemetry
{
    public const string Name = "CapabilityAssessment.GraphQL";

    private static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);
    private static readonly Histogram<double> Duration =
        Meter.CreateHistogram<double>("graphql.server.operation.duration", "s",
        "Time to execute one GraphQL operation: parse, validate and resolve.");
    private static readonly Counter<long> Errors = Meter.CreateCounter<long>("graphql.server.errors", "{error}",
        "GraphQL errors returned, by extensions.code.");

    /// <summary>Null, and nothing measured, unless a listener is attached.</summary>
    public static Operation? Start() =>
        Source.HasListeners() || Duration.Enabled || Errors.Enabled
            ? new Operation(Source.StartActivity("GraphQL"), Stopwatch.GetTimestamp())
            : null;

    public sealed class Operation(Activity? activity, long started) : IDisposable
    {
        public void Finish(ExecutionResult result, int httpStatus)
        {
            var type = result.Operation?.Operation switch
            {
                OperationType.Query => "query",
                OperationType.Mutation => "mutation",
                OperationType.Subscription => "subscription",
                _ => null,
            };
            var errors = result.Errors?.Count ?? 0;
            var outcome = errors == 0 ? "ok" : httpStatus >= 500 ? "server_error" : "error";
            Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new("graphql.operation.type", type ?? "unknown"), new("outcome", outcome));
            foreach (var error in result.Errors ?? [])
                Errors.Add(1, new KeyValuePair<string, object?>("error.code", error.Code ?? "UNKNOWN"));
            if (activity is null) return;
            var name = result.Operation?.Name?.StringValue;
            activity.DisplayName = type is null ? "GraphQL" : name is null ? type : $"{type} {name}";
            activity.SetTag("graphql.operation.type", type);
            activity.SetTag("graphql.operation.name", name);
            activity.SetTag("graphql.errors.count", errors);
            if (errors > 0) activity.SetTag("error.type", result.Errors![0].Code);
            if (httpStatus >= 500) activity.SetStatus(ActivityStatusCode.Error);
        }

        public void Dispose() => activity?.Dispose();
    }
}
