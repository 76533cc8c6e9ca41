using System.Globalization;
using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Norms;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Reports;

/// <summary>
/// One of the firm's peer groups in the pinned norm release: a row per construct, or why it is withheld.
/// </summary>
internal sealed record PeerSection(string Id, string Title, string Size, bool Released, string Reason,
    IReadOnlyList<PeerRow> Rows);

/// <summary>Percentile: the firm's mid-rank percentile in the group; Median: the group's released median.</summary>
internal sealed record PeerRow(string Title, string Percentile, string Median);

/// <summary>
/// The report's peer comparison, from the profile's pin only (never recomputed): one section per peer group.
/// </summary>
internal static class ReportPeers
{
    public static List<PeerSection> Build(string lang, IReadOnlyList<ConstructScoreView> constructs)
    {
        var shown = constructs.Where(c => c.Score is not null && c.Kind != "index"
            && c.Peers is { Count: > 0 }).ToList();
        if (shown.Count == 0) return [];
        return shown[0].Peers!.Select((g, i) =>
        {
            var rows = shown.Select(c => c.Peers!.FirstOrDefault(p => p.Group == g.Group) is { Suppressed: false } p
                ? new PeerRow(c.Title, Whole(p.Percentile), Whole(p.Median))
                : new PeerRow(c.Title, ReportStrings.Get(lang, "peer_withheld"), "–")).ToList();
            var released = shown.Select(c => c.Peers!.FirstOrDefault(p => p.Group == g.Group))
                .FirstOrDefault(p => p is { Suppressed: false });
            return new PeerSection($"peers-{i}", GroupTitle(lang, g.Group),
                released?.N is { } n ? ReportStrings.Format(lang, "peer_firms", n) : "", released is not null,
                released is null ? Why(lang, g.Reason) : "", released is null ? [] : rows);
        }).ToList();
    }

    /// <summary>"industry+size=C|small" in words: "Industry C, size class small".</summary>
    public static string GroupTitle(string lang, string key)
    {
        var (dimensions, values) = (key[..key.IndexOf('=')].Split('+'), key[(key.IndexOf('=') + 1)..].Split('|'));
        if (dimensions is ["everyone"]) return ReportStrings.Get(lang, "peer_everyone");
        return string.Join(", ", dimensions.Zip(values, (d, v) =>
            ReportStrings.Has("peer_" + d) ? ReportStrings.Format(lang, "peer_" + d, v) : $"{d} {v}"));
    }

    private static string Why(string lang, string? reason) => reason?.Split(':')[0] switch
    {
        Suppression.Complementary => ReportStrings.Get(lang, "peer_complementary"),
        NormCodes.NoScore => ReportStrings.Get(lang, "peer_no_score"),
        _ => ReportStrings.Get(lang, "peer_below_threshold"),
    };

    private static string Whole(double? x) => x is { } v ? v.ToString("0", CultureInfo.InvariantCulture) : "–";
}
