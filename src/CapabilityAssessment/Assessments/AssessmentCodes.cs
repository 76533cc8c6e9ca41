namespace CapabilityAssessment.Assessments;

/// <summary>The assessment's rules: what a start, save, invitation, submission or close may not do. Stable: clients
/// compare them; README.md lists each.</summary>
public static class AssessmentCodes
{
    public const string AnswerConflict = "ANSWER_CONFLICT";
    public const string AssessmentClosed = "ASSESSMENT_CLOSED";
    public const string AssessmentNotFound = "ASSESSMENT_NOT_FOUND";
    public const string AssessmentOpen = "ASSESSMENT_OPEN";
    public const string DuplicateItem = "DUPLICATE_ITEM";
    public const string FirmNotFound = "FIRM_NOT_FOUND";
    public const string FirmProfileOwnerOnly = "FIRM_PROFILE_OWNER_ONLY";
    public const string InstrumentNotPublished = "INSTRUMENT_NOT_PUBLISHED";
    public const string InvalidContactName = "INVALID_CONTACT_NAME";
    public const string InvalidFirmName = "INVALID_FIRM_NAME";
    public const string InvalidVersion = "INVALID_VERSION";
    public const string MissingAnswers = "MISSING_ANSWERS";
    public const string ModuleNotAssigned = "MODULE_NOT_ASSIGNED";
    public const string NothingSubmitted = "NOTHING_SUBMITTED";
    public const string NoAnswers = "NO_ANSWERS";
    public const string OutOfRange = "OUT_OF_RANGE";
    public const string OwnerLink = "OWNER_LINK";
    public const string ReasonRequired = "REASON_REQUIRED";
    public const string RespondentNotFound = "RESPONDENT_NOT_FOUND";
    public const string ResponseSubmitted = "RESPONSE_SUBMITTED";
    public const string SelfServiceContact = "SELF_SERVICE_CONTACT";
    public const string UnknownCountry = "UNKNOWN_COUNTRY";
    public const string UnknownIndustry = "UNKNOWN_INDUSTRY";
    public const string UnknownItem = "UNKNOWN_ITEM";
    public const string UnknownRole = "UNKNOWN_ROLE";
    public const string UnknownTurnoverBand = "UNKNOWN_TURNOVER_BAND";
    public const string ValueOutOfRange = "VALUE_OUT_OF_RANGE";
}
