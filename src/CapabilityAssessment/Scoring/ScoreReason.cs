using CapabilityAssessment.Instruments;

namespace CapabilityAssessment.Scoring;

/// <summary>
/// Why a score, layer, index or statistic is missing: a stable code for clients and a sentence for people.
/// </summary>
internal sealed record ScoreReason(string Code, string Message);

internal static class ReasonCodes
{
    public const string TooFewAnswers = "TOO_FEW_ANSWERS";
    public const string NoRespondents = "NO_RESPONDENTS";
    public const string NoRespondentScores = "NO_RESPONDENT_SCORES";
    public const string NoKeyInformantScore = "NO_KEY_INFORMANT_SCORE";
    public const string LayerNotInInstrument = "LAYER_NOT_IN_INSTRUMENT";
    public const string NoScoredConstructs = "NO_SCORED_CONSTRUCTS";
    public const string MissingLayers = "MISSING_LAYERS";
    public const string TooFewItems = "TOO_FEW_ITEMS";
    public const string TooFewCompleteCases = "TOO_FEW_COMPLETE_CASES";
    public const string ZeroVariance = "ZERO_VARIANCE";
    public const string HeywoodCase = "HEYWOOD_CASE";
    public const string NotConverged = "NOT_CONVERGED";
    public const string IndexNotAScale = "INDEX_NOT_A_SCALE";
}

internal static class LayerKeys
{
    /// <summary>The key the instrument files use (instruments/README.md), for messages and clients.</summary>
    public static string Key(this Layer layer) => layer switch
    {
        Layer.Cognitive => "cognitive",
        Layer.Managerial => "managerial",
        Layer.Organisational => "organisational",
        Layer.DynamicCapability => "dynamic_capability",
        Layer.ManagementMode => "management_mode",
        Layer.Practice => "practice",
        Layer.Outcome => "outcome",
        _ => layer.ToString(),
    };
}
