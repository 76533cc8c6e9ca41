namespace CapabilityAssessment.Http;

/// <summary>
/// What every request goes through: error answers without details, security headers, rate and body limits.
/// </summary>
internal static class HttpHardening
{
    public static IServiceCollection AddHttpHardening(this IServiceCollection services)
    {
        services.AddOptions<RequestLimits>().BindConfiguration(RequestLimits.Section).ValidateDataAnnotations()
            .Validate(l => l.Window > TimeSpan.Zero, "Limits:Window must be positive.").ValidateOnStart();
        services.AddRateLimits();
        services.AddForwardedHeaderTrust();
        return services;
    }

    /// <summary>
    /// Outermost first: the error handler sees everything, headers go on every answer, limits act before any work.
    /// </summary>
    public static IApplicationBuilder UseHttpHardening(this IApplicationBuilder app) => app
        .UseForwardedHeaderTrust()
        .UseUnhandledErrors()
        .UseEmptyErrorBodies()
        .UseSecurityHeaders()
        .UseRateLimiter()
        .UseBodyLimits();
}
