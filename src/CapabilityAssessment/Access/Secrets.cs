using System.Security.Cryptography;

namespace CapabilityAssessment.Access;

/// <summary>
/// Random bearer secrets, stored only as SHA-256. A plain hash is enough (no salt or slow KDF) because the secrets are
/// 128+ random bits, not human passwords: there is nothing to guess from a dictionary (OWASP, token storage).
/// </summary>
internal static class Secrets
{
    public static string NewToken(int bytes) => Base64Url(RandomNumberGenerator.GetBytes(bytes));

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string secret, string hash) =>
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Hash(secret)),
            System.Text.Encoding.ASCII.GetBytes(hash));

    private static string Base64Url(byte[] data) =>
        Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
