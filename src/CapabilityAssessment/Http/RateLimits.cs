using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CapabilityAssessment.Http;

/// <summary>
/// ASP.NET Core's rate limiter with fixed windows (<see cref="RequestLimits"/>): per token where a request carries one,
/// so respondents behind one address do not share a budget, else per client address. Refusals are 429 with Retry-After
/// and the code RATE_LIMITED, in the endpoint's own format.
/// </summary>
internal static class RateLimits
{
    /// <summary>/a/{token} and /r/{token}: per link.</summary>
    public const string PerLink = "per-link";

    /// <summary>/graphql: per bearer token, or per client address without one.</summary>
    public const string PerCaller = "per-caller";

    /// <summary>Per client address (export downloads: the signed link is not a token of a principal).</summary>
    public const string PerClient = "per-client";

    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddSingleton<RefusedTokens>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RequestLimits>>((o, options) =>
        {
            var limits = options.Value;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) => new ValueTask(
                WriteRejectedAsync(context.HttpContext, context.Lease, limits.Window));
            o.AddPolicy(PerLink, http => Window("link:" + http.Request.RouteValues["token"], limits.RequestsPerToken,
                limits.Window));
            o.AddPolicy(PerCaller, http => ClientAddress.Bearer(http) is { Length: > 0 } token
                ? Window("token:" + token, limits.RequestsPerToken, limits.Window)
                : Window("client:" + ClientAddress.Of(http), limits.RequestsPerClient, limits.Window));
            o.AddPolicy(PerClient, http => Window("client:" + ClientAddress.Of(http), limits.RequestsPerClient,
                limits.Window));
        });
        return services;
    }

    private static RateLimitPartition<string> Window(string key, int permits, TimeSpan window) => permits <= 0
        ? RateLimitPartition.GetNoLimiter(key)
        : RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });

    private static Task WriteRejectedAsync(HttpContext http, RateLimitLease lease, TimeSpan window) =>
        WriteRejectedAsync(http, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? retryAfter : window);

    public static Task WriteRejectedAsync(HttpContext http, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ErrorResponses.WriteAsync(http, StatusCodes.Status429TooManyRequests, HttpCodes.RateLimited,
            $"Too many requests: try again in {seconds} seconds.");
    }
}
