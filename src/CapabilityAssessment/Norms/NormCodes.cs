namespace CapabilityAssessment.Norms;

/// <summary>Reading norm releases, and why a percentile is missing (NO_SCORE; the rest are Suppression's). Stable:
/// clients compare them; README.md lists each.</summary>
public static class NormCodes
{
    public const string NormReleaseNotFound = "NORM_RELEASE_NOT_FOUND";
    public const string NoScore = "NO_SCORE";
    public const string NoScoreReason = $"{NoScore}: this construct has no score to place.";
}
