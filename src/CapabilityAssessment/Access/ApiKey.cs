namespace CapabilityAssessment.Access;

/// <summary>An API key as stored: the secret only as a hash. The token shown once is "cak_{Id}_{secret}".</summary>
public sealed record ApiKey(
    string Id, string SecretHash, PrincipalRole Role, string? OrganisationId, string Name,
    DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt)
{
    public const string Prefix = "cak_";

    public bool IsUsableAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}

/// <summary>
/// A respondent's link: the token (128 random bits) is the credential, stored only as its hash (the id).
/// </summary>
public sealed record RespondentLink(string Id, Guid AssessmentId, Guid RespondentId, DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt)
{
    public static string IdFor(string token) => Secrets.Hash(token);
}
