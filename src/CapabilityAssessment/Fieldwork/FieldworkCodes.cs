namespace CapabilityAssessment.Fieldwork;

/// <summary>Listing assessments. Stable: clients compare them; README.md lists each.</summary>
public static class FieldworkCodes
{
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidPage = "INVALID_PAGE";
}
