namespace CapabilityAssessment.Profiles;

/// <summary>Reading a profile. Stable: clients compare them; README.md lists each.</summary>
public static class ProfileCodes
{
    public const string AssessmentNotClosed = "ASSESSMENT_NOT_CLOSED";
    public const string ProfileNotFound = "PROFILE_NOT_FOUND";
}
