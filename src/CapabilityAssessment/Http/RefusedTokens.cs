using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CapabilityAssessment.Http;

/// <summary>
/// Counts refused tokens (unknown, expired or revoked links and keys) per client address. Past
/// <see cref="RequestLimits.RefusedTokensPerClient"/> in one window, everything from that address that carries a token waits
/// out the window. Only refusals count, so many valid respondents behind one address (an office, the saves benchmark) never
/// slow each other down, while a client trying tokens gets a bounded number of tries.
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
        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            ClientAddress.CarriesToken(http) && ClientAddress.Of(http) is var client && WaitFor(client) is not null
                ? RateLimitPartition.Get("refused:" + client, key => new Waiting(this, key["refused:".Length..]))
                : RateLimitPartition.GetNoLimiter("allowed"));
    }

    /// <summary>The service-wide limiter: refuses requests with a token from an address that has used up its refusals.</summary>
    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    public void Record(HttpContext http)
    {
        var client = ClientAddress.Of(http);
        using var lease = _refusals.AttemptAcquire(client);
        if (!lease.IsAcquired) _waitUntil[client] = _clock.GetUtcNow() + _limits.Window;
    }

    public TimeSpan? WaitFor(string client)
    {
        if (!_waitUntil.TryGetValue(client, out var until)) return null;
        var left = until - _clock.GetUtcNow();
        if (left > TimeSpan.Zero) return left;
        _waitUntil.TryRemove(KeyValuePair.Create(client, until));
        return null;
    }

    public void Dispose()
    {
        _refusals.Dispose();
        Limiter.Dispose();
    }

    /// <summary>A limiter that refuses while the address must wait; idle (and dropped) once it may go on.</summary>
    private sealed class Waiting(RefusedTokens refused, string client) : RateLimiter
    {
        public override TimeSpan? IdleDuration => refused.WaitFor(client) is null ? TimeSpan.MaxValue : TimeSpan.Zero;

        public override RateLimiterStatistics? GetStatistics() => null;

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => new Lease(refused.WaitFor(client));

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            ValueTask.FromResult(AttemptAcquireCore(permitCount));
    }

    private sealed class Lease(TimeSpan? wait) : RateLimitLease
    {
        public override bool IsAcquired => wait is null;

        public override IEnumerable<string> MetadataNames => wait is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = wait;
            return wait is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
