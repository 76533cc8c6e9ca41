using CapabilityAssessment.Store;

namespace CapabilityAssessment.Http;

internal static class HealthApi
{
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "up" }));
        app.MapGet("/readyz", Ready);
    }

    private static async Task<IResult> Ready(DocumentStore store, HttpContext http, CancellationToken ct)
    {
        var schema = await store.CheckSchemaAsync(ct);
        if (schema.IsUpToDate) return TypedResults.Ok(new { status = "ready" });
        http.Response.Headers.RetryAfter = DatabaseFaults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Json(new { status = "not ready", pending = schema.Pending, modified = schema.Modified }, statusCode: 503);
    }
}
