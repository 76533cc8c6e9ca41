using System.Diagnostics;

namespace CapabilityAssessment.Http;

/// <summary>
/// Outside Development an exception no endpoint handled becomes 500 INTERNAL_ERROR with a trace id to find it in the
/// logs, and never its message or stack trace. A malformed or oversized request that Kestrel rejects mid-read keeps its
/// 4xx status. In Development the exception reaches the developer exception page.
/// </summary>
internal static class UnhandledErrors
{
    public static IApplicationBuilder UseUnhandledErrors(this IApplicationBuilder app)
    {
        var development = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>().IsDevelopment();
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>()
            .CreateLogger("CapabilityAssessment.UnhandledErrors");
        return app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (RefusedTooOften e) when (!http.Response.HasStarted)
            {
                await RateLimits.WriteRejectedAsync(http, e.Wait);
            }
            catch (BadHttpRequestException e) when (!http.Response.HasStarted)
            {
                var tooLarge = e.StatusCode == StatusCodes.Status413PayloadTooLarge;
                await ErrorResponses.WriteAsync(http, e.StatusCode,
                    tooLarge ? HttpCodes.RequestTooLarge : HttpCodes.BadRequest,
                    tooLarge ? "The request body is too large." : "The request is malformed.");
            }
            catch (Exception e) when (!development && !http.Response.HasStarted
                && !http.RequestAborted.IsCancellationRequested)
            {
                var trace = Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
                logger.LogError(e, "Unhandled exception in {Method} {Path} (trace {TraceId})", http.Request.Method,
                    Redaction.Path(http.Request.Path), trace);
                await ErrorResponses.WriteAsync(http, StatusCodes.Status500InternalServerError, HttpCodes.InternalError,
                    $"An internal error occurred; it has been logged with trace id {trace}.");
            }
        });
    }
}
