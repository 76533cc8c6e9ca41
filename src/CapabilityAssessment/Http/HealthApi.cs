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

    // Cheap on purpose: the schema is compared once, at start-up (SchemaMigration);
    // afterwards only reachability counts.
    private static async Task<IResult> Ready(StoreReadiness readiness, NpgsqlDataSource dataSource, HttpContext http,
        Benchmarks.BenchmarksSetup.BenchmarkReplicaHolder replicas, CancellationToken ct)
    {
        if (readiness.SchemaIsCurrent)
        {
            try
            {
                await using var command = dataSource.CreateCommand("SELECT 1");
                await command.ExecuteScalarAsync(ct);
                // A replica that is away or behind does not make the instance unready: benchmark reads fall back to the
                // primary. It is reported so that monitoring sees it (status "degraded",
                // the replica's lag and problem).
                if (replicas.Replica is null) return TypedResults.Ok(new { status = "ready" });
                var replica = await replicas.Replica.StatusAsync(ct);
                return TypedResults.Ok(new
                {
                    status = replica.Usable ? "ready" : "degraded",
                    replica = new { replica.Reachable, replica.LagSeconds, replica.Usable, replica.Problem,
                        replica.CheckedAt },
                });
            }
            catch (Exception e) when (DatabaseFaults.IsUnavailable(e)) { }
        }
        http.Response.Headers.RetryAfter =
            DatabaseFaults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Json(new
        {
            status = "not ready",
            code = HttpCodes.DatabaseUnavailable,
            reason = readiness.SchemaIsCurrent ? "the database is unreachable" : "the schema is not applied yet",
        }, statusCode: 503);
    }
}
