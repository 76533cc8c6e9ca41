namespace CapabilityAssessment.Instruments;

/// <summary>Reading instruments (the validator's codes are ProblemCodes, documented in instruments/README.md).
/// Stable: clients compare them; README.md lists each.</summary>
public static class InstrumentCodes
{
    public const string InstrumentNotFound = "INSTRUMENT_NOT_FOUND";
    public const string UnsupportedLanguage = "UNSUPPORTED_LANGUAGE";
}
