namespace CapabilityAssessment.Http;

/// <summary>
/// The caller's address as the rate limits see it. Behind a proxy or load balancer, turn on forwarded headers
/// (ASPNETCORE_FORWARDEDHEADERS_ENABLED=true) so that this is the client and not the proxy.
/// </summary>
internal static class ClientAddress
{
    public static string Of(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The bearer token, when the request sends one.</summary>
    public static string? Bearer(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim() : null;
    }

    /// <summary>A token in the path (/a/{token}, /r/{token}) or in the Authorization header.</summary>
    public static bool CarriesToken(HttpContext http) =>
        http.Request.RouteValues.ContainsKey("token") || !string.IsNullOrWhiteSpace(http.Request.Headers.Authorization);
}
