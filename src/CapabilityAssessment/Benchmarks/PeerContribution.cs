using CapabilityAssessment.Assessments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Benchmarks;

public sealed record MetricScore(string Metric, double Score);

/// <summary>
/// What one firm adds to the aggregates of one instrument: its latest closed assessment's scores, once, in each of its
/// groups. Stored as a document keyed by instrument and firm; a database trigger (Sql/0001) subtracts the stored
/// contribution and adds the new one in the same transaction, and keeps the one whose assessment started later, so a
/// firm counts once however often it is assessed, reopened or re-closed.
/// </summary>
public sealed record PeerContribution(
    string Id, string InstrumentKey, Guid FirmId, Guid AssessmentId, DateTimeOffset StartedAt, string ScoringVersion,
    IReadOnlyList<string> Groups, IReadOnlyList<MetricScore> Scores)
{
    public static string IdFor(string instrumentKey, Guid firmId) => $"{instrumentKey}:{firmId}";
}

/// <summary>
/// Builds contributions from a closed assessment's state and profile; called where the profile is stored.
/// </summary>
internal sealed class PeerContributions(PeerGroups groups, PeerMetrics metrics)
{
    public PeerContribution From(Assessment state, AssessmentProfile profile)
    {
        var (key, version) = (state.Instrument.Key, state.Instrument.Version);
        var scores = new List<MetricScore> { new(PeerMetrics.Firms, 0) };
        scores.AddRange(profile.Constructs.Where(c => c.Score is not null)
            .Select(c => new MetricScore(metrics.Construct(key, version, c.Key), c.Score!.Value)));
        scores.AddRange(profile.Layers.Where(l => l.Score is not null)
            .Select(l => new MetricScore(metrics.Layer(key, version, l.Layer), l.Score!.Value)));
        if (profile.Overall.Score is { } overall) scores.Add(new MetricScore(metrics.Overall(key, version), overall));
        return new PeerContribution(PeerContribution.IdFor(key, state.FirmId), key, state.FirmId, state.Id,
            state.StartedAt, profile.ScoringVersion, [.. groups.MembershipsOf(state.Firm, state.StartedAt.Year)
            .Select(g => g.Key)], scores);
    }
}
