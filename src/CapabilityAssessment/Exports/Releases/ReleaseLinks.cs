using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CapabilityAssessment.Exports.Releases;

internal enum LinkCheck { Valid, Expired, BadSignature }

internal sealed record DownloadLink(string Url, DateTimeOffset ExpiresAt);

/// <summary>
/// Time-limited download links: HMAC-SHA256 over "id.expiry" (unix seconds). Without Exports:SigningKey the key is
/// random per process (see <see cref="ExportOptions.SigningKey"/>).
/// </summary>
internal sealed class ReleaseLinks(IOptions<ExportOptions> options, TimeProvider clock)
{
    private readonly byte[] _key = options.Value.SigningKey is { Length: > 0 } configured
        ? Encoding.UTF8.GetBytes(configured)
        : RandomNumberGenerator.GetBytes(32);

    public DownloadLink For(Guid release) => For(release, clock.GetUtcNow().Add(options.Value.LinkLifetime));

    /// <summary>A link that expires at the given time (tests use one from the past).</summary>
    public DownloadLink For(Guid release, DateTimeOffset expires)
    {
        var seconds = expires.ToUnixTimeSeconds();
        return new($"/exports/{release}?expires={seconds}&sig={Sign(release, seconds)}",
            DateTimeOffset.FromUnixTimeSeconds(seconds));
    }

    /// <summary>The signature first: a tampered expiry is a bad signature, not an expired link.</summary>
    public LinkCheck Check(Guid release, long expires, string? signature)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(release, expires));
        if (signature is null || !CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
            return LinkCheck.BadSignature;
        return clock.GetUtcNow().ToUnixTimeSeconds() > expires ? LinkCheck.Expired : LinkCheck.Valid;
    }

    private string Sign(Guid release, long expires) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(release.ToString("N") + "." +
            expires.ToString(CultureInfo.InvariantCulture))));
}
