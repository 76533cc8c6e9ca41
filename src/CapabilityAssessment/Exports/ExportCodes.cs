namespace CapabilityAssessment.Exports;

/// <summary>Requesting and downloading dataset releases. Stable: clients compare them; README.md lists each.</summary>
public static class ExportCodes
{
    public const string ReleaseNotFound = "RELEASE_NOT_FOUND";
    public const string InvalidDateRange = "INVALID_DATE_RANGE";
    public const string InvalidQuasiIdentifier = "INVALID_QUASI_IDENTIFIER";
    public const string ReleaseLimitReached = "RELEASE_LIMIT_REACHED";
    public const string ReleaseExpired = "RELEASE_EXPIRED";
    public const string BadSignature = "BAD_SIGNATURE";
    public const string LinkExpired = "LINK_EXPIRED";
}
