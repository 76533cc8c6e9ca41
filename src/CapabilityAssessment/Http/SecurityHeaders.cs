namespace CapabilityAssessment.Http;

/// <summary>
/// Headers on every response, error pages included: a content security policy without inline scripts or styles, no
/// framing, no sniffing, no referrer, no powerful browser features. A response may bring its own policy (the explorer).
/// </summary>
internal static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public const string Permissions =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        // At start, not now: an error answer clears the headers set so far.
        http.Response.OnStarting(() =>
        {
            Apply(http.Response);
            return Task.CompletedTask;
        });
        return next(http);
    });

    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        if (headers.ContentSecurityPolicy.Count == 0) headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = Permissions;
    }
}
