namespace CapabilityAssessment.Forms;

/// <summary>The web form's own refusals (its field errors are AssessmentCodes). Stable: clients compare them;
/// README.md lists each.</summary>
public static class FormCodes
{
    public const string AntiforgeryFailed = "ANTIFORGERY_FAILED";
    public const string InvalidToken = "INVALID_TOKEN";
}
