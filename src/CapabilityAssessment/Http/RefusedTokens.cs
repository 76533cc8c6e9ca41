using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CapabilityAssessment.Http;

/// <summary>
/// Counts refused tokens (unknown, expired or revoked links and keys) per client address. Past
/// <see cref="RequestLimits.RefusedTokensPerClient"/> in one window, every further refusal from that
/// address is answered 429 RATE_LIMITED until the window ends (<see cref="RefusedTooOften"/>), but valid
/// credentials are never counted nor held back: anyone could otherwise lock out an office behind one NAT
/// address by sending made-up keys from it.
/// </summary>
internal sealed class RefusedTokens : IDisposable
{
    private readonly RequestLimits _limits;
    private readonly TimeProvider _clock;
    private readonly PartitionedRateLimiter<string> _refusals;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _waitUntil = new();

    public RefusedTokens(IOptions<RequestLimits> limits, TimeProvider clock)
    {
        _limits = limits.Value;
        _clock = clock;
        _refusals = PartitionedRateLimiter.Create<string, string>(client => _limits.RefusedTokensPerClient <= 0
            ? RateLimitPartition.GetNoLimiter(client)
            : RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                { PermitLimit = _limits.RefusedTokensPerClient, Window = _limits.Window, QueueLimit = 0 }));
    }

    /// <summary>
    /// Counts a refusal; throws <see cref="RefusedTooOften"/> when the address has used up its refusals.
    /// </summary>
    public void Record(HttpContext http)
    {
        var client = ClientAddress.Of(http);
        if (WaitFor(client) is { } waiting) throw new RefusedTooOften(waiting);
        using var lease = _refusals.AttemptAcquire(client);
        if (lease.IsAcquired) return;
        _waitUntil[client] = _clock.GetUtcNow() + _limits.Window;
        throw new RefusedTooOften(_limits.Window);
    }

    public TimeSpan? WaitFor(string client)
    {
        if (!_waitUntil.TryGetValue(client, out var until)) return null;
        var left = until - _clock.GetUtcNow();
        if (left > TimeSpan.Zero) return left;
        _waitUntil.TryRemove(KeyValuePair.Create(client, until));
        return null;
    }

    public void Dispose() => _refusals.Dispose();
}

/// <summary>Too many refused tokens from one address: 429 RATE_LIMITED with Retry-After (UnhandledErrors.cs).</summary>
internal sealed class RefusedTooOften(TimeSpan wait) : Exception("Too many refused tokens from this address.")
{
    public TimeSpan Wait { get; } = wait;
}
