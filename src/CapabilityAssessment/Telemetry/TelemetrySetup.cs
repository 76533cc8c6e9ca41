using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CapabilityAssessment.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics for ASP.NET Core, GraphQL operations and Npgsql, when configured.
/// </summary>
internal static class TelemetrySetup
{
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var options = TelemetryOptions.From(builder.Configuration);
        if (!options.Enabled) return builder;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(o =>
                    {
                        o.Filter = http => !IsProbe(http.Request.Path);
                        // Link tokens and download signatures are credentials: never in a span (Http/Redaction.cs).
                        o.EnrichWithHttpRequest = (activity, request) =>
                        {
                            activity.SetTag("url.path", Http.Redaction.Path(request.Path));
                            if (request.QueryString.HasValue)
                                activity.SetTag("url.query", Http.Redaction.Text(request.QueryString.Value!));
                        };
                    })
                    .AddSource(GraphQLTelemetry.Name, "Marten")
                    .AddNpgsql();
                if (options.Console) tracing.AddConsoleExporter();
                if (options.Otlp) tracing.AddOtlpExporter(o => Endpoint(o, options));
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddMeter(GraphQLTelemetry.Name);
                if (options.Console) metrics.AddConsoleExporter();
                if (options.Otlp) metrics.AddOtlpExporter(o => Endpoint(o, options));
            });
        return builder;
    }

    // A load balancer polls these every few seconds: as spans they would bury the requests worth reading.
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");

    private static void Endpoint(OtlpExporterOptions otlp, TelemetryOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint)) otlp.Endpoint = new Uri(options.OtlpEndpoint);
    }
}
