using CapabilityAssessment.Scoring.Measurement;

namespace CapabilityAssessment.Scoring.Interpretations;

/// <summary>A construct's score on a metric common to all constructs (e.g. a T-score against the norm) and its SEM
/// there.</summary>
internal sealed record CommonScore(string Construct, double Score, double Sem)
{
    /// <summary>
    /// T = 50 + 10·(x − M)/SD against the norm group, SEM_T = 10·√(1 − r_xx): raw 0-100 scores of different
    /// constructs share no metric, their standing against peers does.
    /// </summary>
    public static CommonScore FromNorm(string construct, double raw, double normMean, double normSd,
        double reliability) =>
        new(construct, 50 + 10 * (raw - normMean) / normSd, 10 * Math.Sqrt(1 - reliability));
}

/// <summary>A construct reliably below the firm's own mean profile; equal Rank means a tie (shown together).</summary>
internal sealed record ConstructBelowMean(string Construct, int Rank, ReliableDifference BelowMean);

internal sealed record RecommendationResult(IReadOnlyList<ConstructBelowMean> Constructs)
{
    public bool NothingStandsOut => Constructs.Count == 0;
}

internal static class Recommendations
{
    /// <summary>
    /// Names a construct only when it is reliably below the firm's own mean profile: z = (x_i − x̄)/SE_i &lt;
    /// −1.96 with Davis's (1959) SE for a score against its profile mean (ReliableChange.AgainstMean). Ranked by
    /// z, the most reliably below first; constructs whose z are equal share a rank, and a tie at the limit brings
    /// in all of its members, so the instrument's order never decides. Within a rank the order is by construct
    /// key, for a stable display only. Empty = nothing stands out.
    /// </summary>
    public static RecommendationResult Below(IReadOnlyList<CommonScore> profile, int limit = 3)
    {
        if (profile.Count < 2) return new([]);
        var differences = ReliableChange.AgainstMean(profile.Select(p => p.Score).ToArray(),
            profile.Select(p => p.Sem).ToArray());
        var below = profile.Zip(differences)
            .Where(x => x.Second.Reliable && x.Second.Difference < 0)
            .OrderBy(x => x.Second.Z).ThenBy(x => x.First.Construct, StringComparer.Ordinal)
            .ToList();
        var result = new List<ConstructBelowMean>();
        var rank = 0;
        for (var i = 0; i < below.Count; i++)
        {
            var tied = i > 0 && Math.Abs(below[i].Second.Z - below[i - 1].Second.Z) <= 1e-9;
            if (!tied) rank = i + 1;
            if (!tied && result.Count >= limit) break;
            result.Add(new(below[i].First.Construct, rank, below[i].Second));
        }
        return new(result);
    }
}
