using System.ComponentModel.DataAnnotations;

namespace CapabilityAssessment.Http;

/// <summary>
/// The "Limits" settings: request rates per token and per client address, and request
/// body sizes. 0 turns a rate limit off.
/// </summary>
public sealed class RequestLimits
{
    public const string Section = "Limits";

    /// <summary>Requests per window with one respondent link (/a/, /r/) or one bearer token (GraphQL).</summary>
    [Range(0, int.MaxValue)]
    public int RequestsPerToken { get; set; } = 600;

    /// <summary>
    /// Requests per window from one client address that carry no token: anonymous GraphQL, export downloads.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int RequestsPerClient { get; set; } = 600;

    /// <summary>
    /// Refused tokens (unknown, expired, revoked) per window from one address before it must wait out the window.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int RefusedTokensPerClient { get; set; } = 100;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest request body of any endpoint that does not declare its own (GraphQL: 256 KiB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxBodyBytes { get; set; } = 64 * 1024;
}
