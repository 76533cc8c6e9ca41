namespace CapabilityAssessment.Instruments;

internal enum Severity { Error, Warning }

/// <summary>
/// One finding about one place in one file, printed the way compilers print theirs so editors can jump to it.
/// </summary>
internal sealed record InstrumentProblem(string File, int Line, string Path, string Message, string Code,
    Severity Severity = Severity.Error)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{File}:{Line}: {(Path.Length > 0 ? Path + ": " : "")}{(IsError ? "" : "warning: ")}{Message} ({Code})";
}

/// <summary>Stable rule codes: tests, scripts and people search for these, so never rename one.</summary>
internal static class ProblemCodes
{
    public const string YamlSyntax = "YAML_SYNTAX";
    public const string UnknownField = "UNKNOWN_FIELD";
    public const string MissingField = "MISSING_FIELD";
    public const string BadValue = "BAD_VALUE";
    public const string DuplicateItemId = "DUPLICATE_ITEM_ID";
    public const string DuplicateKey = "DUPLICATE_KEY";
    public const string UnknownScale = "UNKNOWN_SCALE";
    public const string UnknownRole = "UNKNOWN_ROLE";
    public const string UnknownConstruct = "UNKNOWN_CONSTRUCT";
    public const string UnknownBand = "UNKNOWN_BAND";
    public const string ConstructNotInModule = "CONSTRUCT_NOT_IN_MODULE";
    public const string ConstructInTwoModules = "CONSTRUCT_IN_TWO_MODULES";
    public const string TooFewItems = "TOO_FEW_ITEMS";
    public const string MissingEnglish = "MISSING_ENGLISH";
    public const string MissingTranslation = "MISSING_TRANSLATION";
    public const string UndeclaredLanguage = "UNDECLARED_LANGUAGE";
    public const string BadScale = "BAD_SCALE";
    public const string BadBands = "BAD_BANDS";
    public const string MissingInterpretation = "MISSING_INTERPRETATION";
    public const string BadItemId = "BAD_ITEM_ID";
    public const string BadSource = "BAD_SOURCE";
    public const string SeedNotFound = "SEED_NOT_FOUND";
    public const string SeedLinesOutOfRange = "SEED_LINES_OUT_OF_RANGE";
    public const string QuoteNotFound = "QUOTE_NOT_FOUND";
    public const string FileNameMismatch = "FILE_NAME_MISMATCH";
    public const string BadWeight = "BAD_WEIGHT";
    public const string BadMinAnswered = "BAD_MIN_ANSWERED";
    public const string BadCrosswalk = "BAD_CROSSWALK";
    public const string PublishedChanged = "PUBLISHED_CHANGED";
    public const string NotLocked = "NOT_LOCKED";
    public const string BadIndexRule = "BAD_INDEX_RULE";
    public const string BadFacet = "BAD_FACET";
    public const string BadItemOrder = "BAD_ITEM_ORDER";
    public const string UnbandedInterpretation = "UNBANDED_INTERPRETATION";
    public const string OutcomeNotKeyInformant = "OUTCOME_NOT_KEY_INFORMANT";
}
