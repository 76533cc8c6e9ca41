using CapabilityAssessment.Assessments;
using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring.Interpretations;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Norms;

/// <summary>Pins a profile to a release (Scoring/ProfilePin holds what is stored).</summary>
internal static class NormPins
{
    public static ProfileNorms For(AssessmentProfile profile, InstrumentDefinition instrument,
        IReadOnlyList<PeerGroup> groups, NormRelease release, IReadOnlyDictionary<(string, string), NormCell> cells,
        PeerMetrics metrics) =>
        new(profile.Id, release.Id, release.Label, release.PublishedAt, release.Firms, release.ScoringVersion,
            [.. profile.Constructs.Select(c => Construct(c, instrument, groups, release, cells, metrics))]);

    private static PinnedConstruct Construct(ProfileConstruct c, InstrumentDefinition instrument,
        IReadOnlyList<PeerGroup> groups, NormRelease release, IReadOnlyDictionary<(string, string), NormCell> cells,
        PeerMetrics metrics)
    {
        var index = instrument.FindConstruct(c.Key)?.IsIndex == true;
        var statistics = release.Reliability.FirstOrDefault(r => r.InstrumentVersion == instrument.Version
            && r.Construct == c.Key);
        var raters = Math.Max(1, c.Respondents);
        var sem = index || c.Score is null ? null : FirmError.Sem(statistics, raters);
        var reading = c.Score is { } s && sem is { } e && instrument.Bands.Count > 0
            ? BandWithinError.Read(instrument.Bands, s, e) : null;
        var metric = metrics.Construct(instrument.Key, instrument.Version, c.Key);
        var norm = index ? null : cells.GetValueOrDefault((PeerGroup.Everyone.Key, metric)) is { Released: true } cell
            && cell.Figures!.Sd is > 0 ? cell.Figures : null;
        return new PinnedConstruct(c.Key, raters, sem, Round(reading?.Lower), Round(reading?.Upper),
            reading?.Lowest.Key, reading?.Highest.Key, [.. groups.Select(g =>
            Peers(g, cells.GetValueOrDefault((g.Key, metric)), c.Score, release.K))],
            norm?.Mean, norm?.Sd);
    }

    public static PinnedPeers Peers(PeerGroup group, NormCell? cell, double? score, int k) => (cell, score) switch
    {
        (null, _) => new(group.Key, true, Suppression.BelowThresholdReason(k), null, null, null),
        ({ Released: false }, _) => new(group.Key, true, cell.Withheld, null, null, null),
        (_, null) => new(group.Key, true, NormCodes.NoScoreReason, null, null, null),
        _ => new(group.Key, false, null, cell.Figures!.N, cell.Figures.PercentileRank(score.Value), cell.Figures.P50),
    };

    private static double? Round(double? x) => x is { } v ? Math.Round(v, 1) : null;
}
