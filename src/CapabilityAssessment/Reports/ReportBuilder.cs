using System.Globalization;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Reports;

/// <summary>
/// Turns a stored profile (through ProfileViews, the same words as GraphQL's assessment.profile) into the
/// report's page model. Pure: the caller loads the profile and its pinned norms (intervals and peer
/// percentiles come from the pin only).
/// </summary>
internal static class ReportBuilder
{
    public static ReportPage Build(Assessment state, AssessmentProfile profile, InstrumentDefinition instrument,
        string lang, ProfileNorms? pin, string self, string pdfUrl)
    {
        var view = ProfileViews.For(profile, instrument, lang, pin);
        string T(string key) => ReportStrings.Get(lang, key);
        string Layer(string? key) => key is null ? "" : ReportStrings.Has("layer_" + key) ? T("layer_" + key) : key;
        var cuts = instrument.Bands.Select(b => b.From).Where(f => f is > 0 and < 100).Distinct().Select(Num).ToList();

        AreaBlock Area(ConstructScoreView c, bool mode)
        {
            var interval = c.Interval;
            return new AreaBlock("area-" + c.Key, c.Title, Layer(c.Layer), Score(c.Score),
                mode ? "" : c.BandWithinError ?? c.Band?.Label ?? "",
                c.Band?.Text ?? "", c.Band?.Recommendation ?? "",
                ReportStrings.Format(lang, "answered_by", c.Respondents),
                new BarView(Num(c.Score!.Value), interval is null ? "" : Num(interval.Lower),
                    interval is null ? "" : Num(interval.Upper), cuts),
                interval is not null, interval is null ? "" : $"{Score(interval.Lower)}–{Score(interval.Upper)}",
                c.LowAgreement, c.LowAgreement ? ReportStrings.Format(lang, "low_agreement",
                    ReportStrings.Number(lang, c.Agreement ?? 0, "0.00"),
                    ReportStrings.Number(lang, WithinGroupAgreement.LowAgreement, "0.00")) : "",
                mode && c.Key == "integrating", c.Kind == "index",
                (c.Facets ?? []).Select(f => new FacetRow(f.Title, Score(f.Score))).ToList())
            { OwnScores = ReportStrings.OwnScores(lang, c.OwnScores) };
        }

        var scored = view.Constructs.Where(c => c.Score is not null).ToList();
        var areas = scored.Select(c => Area(c, false)).ToList();
        var modes = view.ManagementModes.Where(c => c.Score is not null).Select(c => Area(c, true)).ToList();
        var outcomes = view.Outcomes.Where(c => c.Score is not null).Select(c => Area(c, true)).ToList();
        var unscored = view.Constructs.Concat(view.ManagementModes).Concat(view.Outcomes).Where(c => c.Score is null)
            .Select(c => new UnscoredRow(c.Title, c.Reason is { } r ? ReportStrings.Reason(lang, r.Code, r.Message)
                : "")).ToList();
        // An index is a count, not a position on a capability scale: it stays out of the radar.
        var charted = scored.Where(c => c.Kind != "index").ToList();
        // The peer median ring: everyone's released medians in the pinned release (no ring if any is withheld).
        var radar = RadarChart.Build([.. charted.Select(c => (c.Title, Score(c.Score), c.Score!.Value))],
            [.. charted.Select(c => c.Peers?.FirstOrDefault(p => p.Group == "everyone=all" && !p.Suppressed)?.Median)]);
        var core = view.Layers.Where(l => LayerScoring.Core.Any(k => k.Key() == l.Layer)).ToList();
        var overall = view.Overall.Score is { } index
            ? new OverallBlock(true, Score(index), view.Overall.Band?.Label ?? "", Layer(view.Overall.WeakestLayer),
                Score(view.Overall.WeakestLink), "")
            : new OverallBlock(false, "", "", "", "", view.Overall.Reason is { } r
                ? ReportStrings.Reason(lang, r.Code, r.Message) : "");
        var other = lang == "fi" ? "en" : "fi";

        return new ReportPage(lang, T("title"), $"{self}?lang={other}", other,
            other == "fi" ? "Suomeksi" : "In English", pdfUrl, ReportPdf.FileName(state.Firm.Name, profile.ScoredAt),
            state.Firm.Name, instrument.Title.Get(lang), instrument.Version.ToString(CultureInfo.InvariantCulture),
            profile.ScoringVersion, profile.Respondents,
            profile.ScoredAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), overall,
            view.Layers.Select(l => new LayerRow(Layer(l.Layer), Score(l.Score), l.Band?.Label ?? "",
                overall.Scored && l.Layer == view.Overall.WeakestLayer && core.Any(c => c.Layer == l.Layer),
                LayerScoring.Core.Any(k => k.Key() == l.Layer))).ToList(),
            radar, ReportStrings.Format(lang, "radar_desc", scored.Count)
                + (radar?.HasPeerArea == true ? " " + ReportStrings.Get(lang, "radar_peers") : ""),
            ReportStrings.Format(lang, "constructs_scored", scored.Count, view.Constructs.Count),
            areas, Sections(lang, areas, modes, outcomes, view.Norms is not null),
            view.Recommendations.Select(r => new RecommendationRow("area-" + r.Construct, r.Title, Score(r.Score),
                view.Constructs.FirstOrDefault(c => c.Key == r.Construct)?.BandWithinError
                    ?? instrument.Bands.FirstOrDefault(b => b.Key == r.Band)?.Label.Get(lang) ?? r.Band,
                        r.Text)).ToList(),
            unscored,
            view.Norms is { } norms ? ReportStrings.Format(lang, "peers_norms", norms.Label, norms.Firms) : "",
            ReportPeers.Build(lang, view.Constructs),
            view.RecommendationsReason?.Code switch
            {
                ProfileRecommendations.NothingStandsOut => T("nothing_stands_out"),
                ProfileRecommendations.NoNorms when scored.Count > 0 => T("recommendations_no_norms"),
                _ => "",
            });

        string Score(double? value) =>
            value is { } v ? ReportStrings.Number(lang, Math.Round(v, MidpointRounding.AwayFromZero), "0")
            : T("not_scored");
    }

    /// <summary>The interval notes are said once, in the first section, for every construct shown.</summary>
    private static List<AreaSection> Sections(string lang, List<AreaBlock> areas, List<AreaBlock> modes,
        List<AreaBlock> outcomes, bool pinned)
    {
        var shown = areas.Concat(modes).Concat(outcomes).ToList();
        var notes = new List<string>();
        if (shown.Any(a => a.HasInterval)) notes.Add(ReportStrings.Get(lang, "interval_note"));
        if (!pinned) notes.Add(ReportStrings.Get(lang, "no_norms"));
        else if (shown.Any(a => !a.HasInterval && !a.IsIndex))
            notes.Add(ReportStrings.Format(lang, "no_interval", MeasurementError.MinimumScores));
        var sections = new List<AreaSection>();
        if (areas.Count > 0) sections.Add(new AreaSection("areas", ReportStrings.Get(lang, "areas"), notes, areas));
        if (modes.Count > 0)
            sections.Add(new AreaSection("modes", ReportStrings.Get(lang, "modes"),
                [ReportStrings.Get(lang, "modes_caveat"), .. areas.Count > 0 ? [] : notes], modes));
        if (outcomes.Count > 0)
            sections.Add(new AreaSection("outcomes", ReportStrings.Get(lang, "outcomes"),
                [ReportStrings.Get(lang, "outcomes_caveat"), .. areas.Count + modes.Count > 0 ? [] : notes], outcomes));
        return sections;
    }

    private static string Num(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
