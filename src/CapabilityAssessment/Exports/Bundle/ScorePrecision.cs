namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// Released scores (0-100 scores, rwg(j), layer scores, the index) are rounded half away from zero to two decimals: the
/// resolution of the instrument is far coarser (an unweighted score moves in steps of 100 / (answered x (points - 1))),
/// and no float noise such as 44.99999999999999 in the tables. SPSS formats are F8.2 accordingly.
/// </summary>
internal static class ScorePrecision
{
    public const int Decimals = 2;

    public const string Text = "Scores are rounded half away from zero to 2 decimals.";

    public static double Round(double score) =>
        double.IsNaN(score) ? score : Math.Round(score, Decimals, MidpointRounding.AwayFromZero);
}
