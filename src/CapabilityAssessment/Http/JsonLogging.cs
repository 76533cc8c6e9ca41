namespace CapabilityAssessment.Http;

internal static class JsonLogging
{
    /// <summary>One JSON object per line on stdout, with scopes (trace and span ids) included.</summary>
    public static WebApplicationBuilder AddJsonLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            o.UseUtcTimestamp = true;
        });
        // Marten logs every schema statement it applies at Information (tens of kilobytes at start-up); its warnings
        // and errors still come through.
        builder.Logging.AddFilter("Marten", LogLevel.Warning);
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        RedactingLoggerFactory.Replace(builder.Services);
        return builder;
    }
}
