using System.Net.Sockets;
using Npgsql;

namespace CapabilityAssessment.Http;

/// <summary>
/// When PostgreSQL is unreachable the service answers 503 with Retry-After instead of a 500, and clears the
/// connection pool so that the first request after the database returns gets a fresh connection.
/// </summary>
internal static class DatabaseFaults
{
    public const int RetryAfterSeconds = 5;

    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException pg)
                return pg.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exceptions
                    // shutdown, crash, starting, too many connections
                    || pg.SqlState is "57P01" or "57P02" or "57P03" or "53300";
            if (e is NpgsqlException { IsTransient: true } or SocketException) return true;
            if (e is NpgsqlException && e.InnerException is IOException or SocketException or TimeoutException)
                return true;
        }
        return false;
    }

    public static IApplicationBuilder UseDatabaseFaultHandling(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (Exception e) when (IsUnavailable(e) && !http.Response.HasStarted)
            {
                http.RequestServices.GetRequiredService<NpgsqlDataSource>().Clear();
                await WriteUnavailable(http);
            }
        });

    public static Task WriteUnavailable(HttpContext http)
    {
        http.Response.Clear();
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter =
            RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return http.Response.WriteAsJsonAsync(new
        {
            title = "The database is unavailable; try again shortly.",
            status = 503,
            code = HttpCodes.DatabaseUnavailable,
        }, options: null, contentType: "application/problem+json");
    }
}
