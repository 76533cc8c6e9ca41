using CapabilityAssessment.Assessments;
using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Norms;

/// <summary>
/// What a closing needs to pin its profile: the latest release and its cells of the firm's peer groups.
/// </summary>
internal sealed class NormPinning(NormReads reads, PeerGroups groups, PeerMetrics metrics)
{
    /// <summary>Null when no release exists yet (the next publish pins the profile).</summary>
    public async Task<Func<AssessmentProfile, ProfileNorms>?> ForAsync(Assessment state,
        InstrumentDefinition instrument, CancellationToken ct)
    {
        if (await reads.LatestAsync(state.Instrument.Key, ScoringEngine.ScoringVersion, ct) is not { } release)
            return null;
        var memberships = groups.MembershipsOf(state.Firm, state.StartedAt.Year);
        var cells = await reads.CellsAsync(release.Id, [.. memberships.Select(g => g.Key)], ct, bins: true);
        return profile => NormPins.For(profile, instrument, memberships, release, cells, metrics);
    }
}
