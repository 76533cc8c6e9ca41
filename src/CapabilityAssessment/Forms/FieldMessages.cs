using CapabilityAssessment.Assessments;
using CapabilityAssessment.Http;
using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Forms;

/// <summary>A rule's problem as the person filling the page reads it: in their language, naming the field.
/// The rules' own messages are English for API clients; pages map the stable code and field instead.</summary>
internal static class FieldMessages
{
    public static string For(string lang, Problem problem, string field) => (problem.Code, field) switch
    {
        (AssessmentCodes.InvalidFirmName, _) => FormStrings.Get(lang, "err_name"),
        (AssessmentCodes.UnknownCountry, _) => FormStrings.Get(lang, "err_country"),
        (AssessmentCodes.UnknownIndustry, _) => FormStrings.Get(lang, "err_industry"),
        (AssessmentCodes.UnknownTurnoverBand, _) => FormStrings.Get(lang, "err_turnover_band"),
        (InstrumentCodes.InstrumentNotFound or AssessmentCodes.InstrumentNotPublished, _) =>
            FormStrings.Get(lang, "err_instrument"),
        (InstrumentCodes.UnsupportedLanguage, _) => FormStrings.Get(lang, "err_language"),
        (AssessmentCodes.OutOfRange, "employees") => FormStrings.Get(lang, "err_employees"),
        (AssessmentCodes.OutOfRange, "foundingYear") => FormStrings.Get(lang, "err_founding_year"),
        (AssessmentCodes.OutOfRange, "foreignTurnoverShare") => FormStrings.Get(lang, "err_foreign_share"),
        (AssessmentCodes.OutOfRange, _) => FormStrings.Get(lang, "err_partners"),
        _ => problem.Message,
    };

    /// <summary>"firm.country" -> "country": the page's field names are the profile's own.</summary>
    public static string FieldOf(Problem problem) =>
        problem.Field.StartsWith("firm.", StringComparison.Ordinal) ? problem.Field["firm.".Length..] : problem.Field;
}
