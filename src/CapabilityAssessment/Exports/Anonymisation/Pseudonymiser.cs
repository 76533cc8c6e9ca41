using System.Security.Cryptography;

namespace CapabilityAssessment.Exports.Anonymisation;

/// <summary>
/// Keyed pseudonyms for one release: HMAC-SHA256(key, id) with a random 256-bit key drawn per release and never written
/// anywhere. Without the key ("additional information kept separately", GDPR Art. 4(5)) a pseudonym cannot be
/// attributed to an assessment, and two releases cannot be joined because their keys differ.
/// </summary>
internal sealed class Pseudonymiser : IDisposable
{
    private readonly HMACSHA256 _hmac;

    private Pseudonymiser(byte[] key) => _hmac = new HMACSHA256(key);

    /// <summary>A fresh random key: the only way to get one.</summary>
    public static Pseudonymiser ForNewRelease() => new(RandomNumberGenerator.GetBytes(32));

    /// <summary>20 lowercase hex digits (80 bits): collisions are negligible below billions of rows.</summary>
    public string Pseudonym(Guid id) => Keyed(id, 0, 'p');

    /// <summary>
    /// The firm's pseudonym in this release: HMAC-SHA256 of the firm id under the same key, domain-separated from the
    /// assessment pseudonyms (a trailing tag byte), so the assessments of one firm share it within the release only.
    /// </summary>
    public string FirmPseudonym(Guid firmId) => Keyed(firmId, 1, 'f');

    private string Keyed(Guid id, byte domain, char prefix)
    {
        Span<byte> input = stackalloc byte[17];
        id.TryWriteBytes(input);
        input[16] = domain;
        Span<byte> hash = stackalloc byte[32];
        _hmac.TryComputeHash(domain == 0 ? input[..16] : input, hash, out _);
        return prefix + Convert.ToHexStringLower(hash[..10]);
    }

    public void Dispose() => _hmac.Dispose();
}

/// <summary>Exact dates are never exported: they are coarsened to the calendar month (UTC), e.g. "2026-03".</summary>
internal static class Coarsening
{
    public static string? Month(DateTimeOffset? when) =>
        when?.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
