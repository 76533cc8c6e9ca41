namespace CapabilityAssessment.Scoring.Change;

/// <summary>
/// One construct's change between two of a firm's profiles. Delta = after − before on the 0-100 scale; StandardError
/// is that of the difference and Rci = Delta / StandardError; Significant only when |Rci| exceeds 1.96. Reason says
/// why Rci (or the delta itself) is missing: NOT_COMPARABLE, NO_SCORE, NO_MEASUREMENT_ERROR or INDEX_NOT_A_SCALE.
/// </summary>
internal sealed record ConstructChange(
    string Construct, string Layer, double? Before, double? After, double? Delta, double? StandardError, double? Rci,
    bool Significant, ScoreReason? Reason);

internal static class ChangeReasons
{
    public const string NotComparable = "NOT_COMPARABLE";
    public const string NoScore = "NO_SCORE";
    public const string NoMeasurementError = "NO_MEASUREMENT_ERROR";
}
