using CapabilityAssessment.Storage;
using Npgsql;

namespace CapabilityAssessment.Http;

internal static class HealthApi
{
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "up" }));
        app.MapGet("/readyz", Ready);
    }

    // Cheap on purpose: the schema is compared once, at start-up (SchemaMigration); afterwards only reachability counts.
    private static async Task<IResult> Ready(StoreReadiness readiness, NpgsqlDataSource dataSource, HttpContext http, CancellationToken ct)
    {
        if (readiness.SchemaIsCurrent)
        {
            try
            {
                await using var command = dataSource.CreateCommand("SELECT 1");
                await command.ExecuteScalarAsync(ct);
                return TypedResults.Ok(new { status = "ready" });
            }
            catch (Exception e) when (DatabaseFaults.IsUnavailable(e)) { }
        }
        http.Response.Headers.RetryAfter = DatabaseFaults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Json(new
        {
            status = "not ready",
            code = ErrorCodes.DatabaseUnavailable,
            reason = readiness.SchemaIsCurrent ? "the database is unreachable" : "the schema is not applied yet",
        }, statusCode: 503);
    }
}
