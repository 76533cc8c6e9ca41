using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace CapabilityAssessment.Http;

/// <summary>How an endpoint answers errors raised around it (rate limits, body limits) in its own format.</summary>
internal sealed record ErrorAnswer(Func<HttpContext, int, string, string, Task> Write);

/// <summary>
/// Errors raised outside an endpoint's own code: in the endpoint's format when it declares an <see
/// cref="ErrorAnswer"/>, else an HTML page for browsers and a problem+json body for everyone else. Both
/// carry the code, never exception details.
/// </summary>
internal static class ErrorResponses
{
    public static async Task WriteAsync(HttpContext http, int status, string code, string message)
    {
        Reset(http.Response);
        if (http.GetEndpoint()?.Metadata.GetMetadata<ErrorAnswer>() is { } answer)
        {
            try
            {
                await answer.Write(http, status, code, message);
                return;
            }
            catch (Exception) when (!http.Response.HasStarted)
            {
                // The endpoint's own page failed too (it may depend on what just broke): fall back to the plain answer.
            }
        }
        await WritePlainAsync(http, status, code, message);
    }

    public static Task WritePlainAsync(HttpContext http, int status, string code, string message)
    {
        Reset(http.Response);
        http.Response.StatusCode = status;
        if (WantsHtml(http.Request)) return WritePageAsync(http, status, code, message);
        return http.Response.WriteAsJsonAsync(new { title = message, status, code }, options: null,
            contentType: "application/problem+json", http.RequestAborted);
    }

    public static Task WritePageAsync(HttpContext http, int status, string code, string message)
    {
        Reset(http.Response);
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync(Page(status, code, message), http.RequestAborted);
    }

    /// <summary>
    /// Drops whatever the failed request had set, except the Retry-After and Allow that go with the error.
    /// </summary>
    private static void Reset(HttpResponse response)
    {
        var (retryAfter, allow) = (response.Headers.RetryAfter, response.Headers.Allow);
        response.Clear();
        if (retryAfter.Count > 0) response.Headers.RetryAfter = retryAfter;
        if (allow.Count > 0) response.Headers.Allow = allow;
    }

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static string Page(int status, string code, string message) => $"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Error {status}</title>
        <link rel="stylesheet" href="/form/form.css"></head>
        <body><main id="main"><h1>{WebUtility.HtmlEncode(ReasonPhrases.GetReasonPhrase(status))}</h1>
        <p>{WebUtility.HtmlEncode(message)}</p>
        <p>Error code: <code>{WebUtility.HtmlEncode(code)}</code></p></main></body>
        </html>
        """;
}
