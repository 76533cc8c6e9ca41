namespace CapabilityAssessment.Scoring;

/// <summary>
/// One item: Mean, Sd (n − 1) and ShareMissing over every respondent asked (before listwise deletion);
/// AlphaIfDeleted, ItemRest and Loading (standardised, one-factor model) over the complete cases.
/// </summary>
internal sealed record ItemStatistics(
    string ItemId, int Answered, double? Mean, double? Sd, double? ShareMissing, double? AlphaIfDeleted,
    double? ItemRest, double? Loading);

/// <summary>
/// Reliability of one construct over respondents (not firms). Respondents: those asked; CompleteCases: those
/// who answered every item (listwise), the n of alpha and omega. MeasurementError is set once 30 or more
/// respondents have a construct score.
/// </summary>
internal sealed record ConstructReliability(
    string Construct, int Respondents, int CompleteCases, double? Alpha, ScoreReason? AlphaReason, double? Omega,
    ScoreReason? OmegaReason, IReadOnlyList<ItemStatistics> Items, MeasurementError? MeasurementError);

/// <summary>A score ± 1.645 SEM, the 90% interval under normal errors, cut to the 0-100 scale.</summary>
public sealed record ScoreInterval(double Score, double Sem, double Lower, double Upper);

/// <summary>
/// The standard error of measurement on the 0-100 scale: SEM = SD × √(1 − alpha), SD being the (n − 1)
/// standard deviation of the respondents' 0-100 construct scores (classical test theory; Lord &amp; Novick
/// 1968). Only from 30 scores on, per issue #5.
/// </summary>
internal sealed record MeasurementError(int Scores, double ScoreSd, double Alpha, double Sem)
{
    public const int MinimumScores = 30;
    public const double Z90 = 1.645;

    public static MeasurementError? From(double? alpha, IReadOnlyList<double> scores)
    {
        if (alpha is not { } a || scores.Count < MinimumScores) return null;
        var mean = scores.Average();
        var sd = Math.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / (scores.Count - 1));
        return new MeasurementError(scores.Count, sd, a, sd * Math.Sqrt(1 - a));
    }

    public ScoreInterval Interval(double score) =>
        new(score, Sem, Math.Max(0, score - Z90 * Sem), Math.Min(100, score + Z90 * Sem));
}
