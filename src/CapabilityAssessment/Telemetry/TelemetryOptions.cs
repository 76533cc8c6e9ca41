namespace CapabilityAssessment.Telemetry;

/// <summary>
/// The "Telemetry" settings. Off unless an exporter is configured: without one no OpenTelemetry provider is built,
/// so no activity source or meter has a listener and instrumented code skips its work.
/// </summary>
internal sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Writes spans and metrics to stdout (human-readable, not JSON): for a look during development.</summary>
    public bool Console { get; set; }

    /// <summary>
    /// An OTLP collector, e.g. http://collector:4317. The standard OTEL_EXPORTER_OTLP_ENDPOINT does the same.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>
    /// Builds the providers even without an exporter, for code that adds its own (the tests' in-memory one).
    /// </summary>
    public bool Enabled { get; set; }

    public string ServiceName { get; set; } = "capability-assessment";

    public bool Otlp { get; private set; }

    public static TelemetryOptions From(IConfiguration config)
    {
        var options = config.GetSection(Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        // The SDK reads the OTEL_* variables itself; they only tell us here that an exporter is wanted.
        options.Otlp = !string.IsNullOrWhiteSpace(options.OtlpEndpoint)
            || !string.IsNullOrWhiteSpace(config["OTEL_EXPORTER_OTLP_ENDPOINT"])
            || !string.IsNullOrWhiteSpace(config["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"])
            || !string.IsNullOrWhiteSpace(config["OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"]);
        options.Enabled |= options.Console || options.Otlp;
        if (!string.IsNullOrWhiteSpace(config["OTEL_SERVICE_NAME"])) options.ServiceName = config["OTEL_SERVICE_NAME"]!;
        return options;
    }
}
