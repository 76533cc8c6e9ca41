using CapabilityAssessment.Assessments;
using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Norms;
using CapabilityAssessment.Scoring.Change;
using CapabilityAssessment.Scoring;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Profiles;

/// <summary>
/// profile.constructs[].peerPercentile(peerGroup, release): where this firm's score falls among its peers. Without a
/// release the pin answers (it never moves); a named release is read from its frozen cells.
/// </summary>
internal static class PeerPercentileRead
{
    public static async Task<PeerPercentile> ForAsync(IResolveFieldContext<ConstructScoreView> c)
    {
        var group = NormFields.ResolveGroup(c);
        var score = c.Source!;
        if (score.Instrument is not { } instrument) return Missing(group, NormCodes.NoScoreReason);
        var named = c.GetArgument<string?>("release");
        if (named is null && score.Peers?.FirstOrDefault(p => p.Group == group.Key) is { } pinned)
            return new PeerPercentile(group, pinned.Suppressed, pinned.Reason, pinned.N, pinned.Percentile,
                pinned.Median);
        var reads = c.RequestServices!.GetRequiredService<NormReads>();
        var release = named is null && score.NormRelease is { } id
            ? await reads.FindAsync(instrument.Key, score.ScoringVersion!, id.ToString(), c.CancellationToken)
            : await NormFields.FindAsync(c, instrument.Key);
        if (release is null) return Missing(group, NormResults.NoRelease);
        var metric = c.RequestServices!.GetRequiredService<PeerMetrics>()
            .Construct(instrument.Key, instrument.Version, score.Key);
        var cell = (await reads.CellsAsync(release.Id, [group.Key], c.CancellationToken, bins: true))
            .GetValueOrDefault((group.Key, metric));
        var peers = NormPins.Peers(group, cell, score.Score, release.K);
        return new PeerPercentile(group, peers.Suppressed, peers.Reason, peers.N, peers.Percentile, peers.Median,
            release.Label);
    }

    private static PeerPercentile Missing(PeerGroup group, string reason) => new(group, true, reason, null, null);
}
