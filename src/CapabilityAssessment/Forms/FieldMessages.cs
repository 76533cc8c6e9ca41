using CapabilityAssessment.Http;
using CapabilityAssessment.Assessments;

namespace CapabilityAssessment.Forms;

/// <summary>A rule's problem as the person filling the page reads it: in their language, naming the field.
/// The rules' own messages are English for API clients; pages map the stable code and field instead.</summary>
internal static class FieldMessages
{
    public static string For(string lang, Problem problem, string field) => (problem.Code, field) switch
    {
        ("INVALID_FIRM_NAME", _) => FormStrings.Get(lang, "err_name"),
        ("UNKNOWN_COUNTRY", _) => FormStrings.Get(lang, "err_country"),
        ("UNKNOWN_INDUSTRY", _) => FormStrings.Get(lang, "err_industry"),
        ("UNKNOWN_TURNOVER_BAND", _) => FormStrings.Get(lang, "err_turnover_band"),
        ("INSTRUMENT_NOT_FOUND" or "INSTRUMENT_NOT_PUBLISHED", _) => FormStrings.Get(lang, "err_instrument"),
        ("UNSUPPORTED_LANGUAGE", _) => FormStrings.Get(lang, "err_language"),
        ("OUT_OF_RANGE", "employees") => FormStrings.Get(lang, "err_employees"),
        ("OUT_OF_RANGE", "foundingYear") => FormStrings.Get(lang, "err_founding_year"),
        ("OUT_OF_RANGE", "foreignTurnoverShare") => FormStrings.Get(lang, "err_foreign_share"),
        ("OUT_OF_RANGE", _) => FormStrings.Get(lang, "err_partners"),
        _ => problem.Message,
    };

    /// <summary>"firm.country" -> "country": the page's field names are the profile's own.</summary>
    public static string FieldOf(Problem problem) =>
        problem.Field.StartsWith("firm.", StringComparison.Ordinal) ? problem.Field["firm.".Length..] : problem.Field;
}
