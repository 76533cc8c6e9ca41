namespace CapabilityAssessment.Http;

/// <summary>
/// An unknown path or a method a path does not take answers like every other error: a JSON body with NOT_FOUND or
/// METHOD_NOT_ALLOWED (and the Allow header routing set), or the HTML message page for the browser routes /a/ and /r/
/// and any client that asks for HTML. Answers an endpoint wrote itself are left alone.
/// </summary>
internal static class EmptyErrors
{
    public static IApplicationBuilder UseEmptyErrorBodies(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        await next(http);
        var response = http.Response;
        if (response.HasStarted || response.ContentLength > 0 || response.ContentType is not null) return;
        if (HttpMethods.IsHead(http.Request.Method)) return;
        if (response.StatusCode == StatusCodes.Status404NotFound)
            await Write(http, HttpCodes.NotFound, $"There is nothing at {Redaction.Path(http.Request.Path)}.");
        else if (response.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            var allowed = response.Headers.Allow.Count > 0 ? $"; use {response.Headers.Allow}" : "";
            await Write(http, HttpCodes.MethodNotAllowed, $"{http.Request.Method} is not allowed here{allowed}.");
        }
    });

    private static Task Write(HttpContext http, string code, string message)
    {
        var path = http.Request.Path;
        var browserRoute = path.StartsWithSegments("/a") || path.StartsWithSegments("/r");
        return browserRoute
            ? ErrorResponses.WritePageAsync(http, http.Response.StatusCode, code, message)
            : ErrorResponses.WritePlainAsync(http, http.Response.StatusCode, code, message);
    }
}
