using CapabilityAssessment.Assessments;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Scoring.Measurement;

namespace CapabilityAssessment.Norms;

/// <summary>A firm of the sample: the language its form was answered in and its submitted respondents.</summary>
internal sealed record SampledFirm(string Language, IReadOnlyList<Respondent> Respondents);

/// <summary>
/// Builds a release's measurement-model report (Scoring/Measurement: polychorics, ULS one-factor fit, ordinal
/// alpha/omega, parallel analysis, item-rest; RaterAgreement: ICC(1)/ICC(2) of raters in firms; Invariance across the
/// form's language, the respondent's role and, where the crosswalk pools a construct, instrument versions). Bounded:
/// the release's sample (at most 5,000 firms per version), 200 bootstrap and 50 parallel-analysis replicates (about
/// ±0.01 on a 95% percentile limit of alpha at these n).
/// </summary>
internal static class MeasurementReports
{
    public static readonly MeasurementOptions Options = new(BootstrapReplicates: 200, ParallelReplicates: 50);

    /// <summary>Invariance is tested only between groups of this many respondents or more (Chen 2007 studied N &gt; 300
    /// in all; below a few hundred per group the fit indices move by more than the cut-offs by chance).</summary>
    public const int MinimumGroup = 200;

    public static IEnumerable<ConstructModel> For(InstrumentDefinition instrument, IReadOnlyList<SampledFirm> firms)
    {
        foreach (var plan in ScoringPlan.For(instrument).Constructs.Where(p => !p.Construct.IsIndex
            && p.Module is not null))
        {
            var asked = firms.Select(f => (f.Language, Respondents: f.Respondents.Where(r =>
                plan.IsAskedOf(r.Role)).ToList()))
                .Where(f => f.Respondents.Count > 0).ToList();
            var respondents = asked.SelectMany(
                f => f.Respondents.Select(r => (f.Language, r.Role, Row: Row(plan, r)))).ToList();
            var groups = asked.Select(f => f.Respondents.Select(r => ScoringEngine.Score(plan, r).Score)
                .OfType<double>()
                .ToArray()).Where(g => g.Length > 0).ToList();
            var icc = groups.Count(g => g.Length >= 2) >= MeasurementError.MinimumScores
                ? RaterAgreement.Icc(groups) : null;
            string? reason = respondents.Count < MeasurementError.MinimumScores
                ? $"{plan.Construct.Key}: {respondents.Count} respondents, fewer than {MeasurementError.MinimumScores}"
                : null;
            var model = reason is null
                ? MeasurementModel.Analyse(plan.Construct.Key, plan.ItemIds, [.. respondents.Select(r => r.Row)],
                    Options, out reason)
                : null;
            var invariance = model is null ? [] : Invariant("language", respondents.Select(r => (r.Language, r.Row)))
                .Concat(Invariant("role", respondents.Select(r => (r.Role, r.Row)))).ToList();
            yield return Model(instrument.Version, plan, respondents.Count, groups.Count, model, reason, icc,
                invariance);
        }
    }

    private static ConstructModel Model(int version, ConstructPlan plan, int n, int firms, ConstructMeasurement? m,
        string? reason, NestedIcc? icc, IReadOnlyList<InvarianceRow> invariance) =>
        new(version, plan.Construct.Key, n, firms, m?.SmallestPair, reason, R(m?.Fit.ChiSquare, 2), m?.Fit.Df,
            R(m?.Fit.Cfi), R(m?.Fit.Tli), R(m?.Fit.Rmsea), R(m?.Fit.RmseaLower), R(m?.Fit.RmseaUpper), R(m?.Fit.Srmr),
            R(m?.OrdinalAlpha),
            R(m?.AlphaInterval?.Lower), R(m?.AlphaInterval?.Upper), R(m?.Omega), R(m?.OmegaInterval?.Lower),
            R(m?.OmegaInterval?.Upper), R(m?.Dimensionality.Eigenvalues[1]), R(m?.Dimensionality.RandomEigenvalues[1]),
            m?.Dimensionality.Factors, R(m?.Dimensionality.LargestResidual),
            m is null ? [] : [.. m.ItemIds.Select(
                (id, i) => new ItemModel(id, R(m.Loadings[i])!.Value, R(m.ItemRest[i])!.Value))],
            m?.Warnings ?? [], R(icc?.Icc1), R(icc?.Icc2), invariance);

    /// <summary>Configural, metric and scalar fits across the facet's groups of MinimumGroup respondents or more; none
    /// when fewer than two such groups, or when an item's answers use different categories in different groups (then
    /// equal thresholds cannot be tested, and the report says nothing rather than something wrong).</summary>
    private static IEnumerable<InvarianceRow> Invariant(string facet, IEnumerable<(string Group, int?[] Row)> rows)
    {
        var groups = rows.GroupBy(r => r.Group)
            .Where(g => g.Count() >= MinimumGroup)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Items: OrdinalItems.From([.. g.Select(x => x.Row)], g.First().Row.Length))).ToList();
        if (groups.Count < 2) return [];
        var k = groups[0].Items.Count;
        for (var i = 0; i < k; i++)
            if (groups.Any(g => g.Items.Thresholds[i].Length != groups[0].Items.Thresholds[i].Length
                || g.Items.Thresholds[i].Length < 3))
                return [];
        var names = groups.Select(g => g.Key).ToList();
        return Invariance.Test([.. groups.Select(g => g.Items)]).Select(s => new InvarianceRow(facet, names,
            s.Level.ToString().ToLowerInvariant(), R(s.Fit.Cfi), R(s.Fit.Rmsea), R(s.DeltaCfi), R(s.DeltaRmsea),
            s.Holds)).ToList();
    }

    /// <summary>
    /// Invariance across two consecutive versions for each construct the later one's crosswalk declares comparable with
    /// the same items: the respondents of both samples, grouped by version ("v1", "v2"), tested like language and role.
    /// </summary>
    public static Dictionary<string, IReadOnlyList<InvarianceRow>> AcrossVersions(InstrumentDefinition before,
        IReadOnlyList<SampledFirm> beforeFirms, InstrumentDefinition after, IReadOnlyList<SampledFirm> afterFirms)
    {
        var rows = new Dictionary<string, IReadOnlyList<InvarianceRow>>();
        var earlier = ScoringPlan.For(before).Constructs.ToDictionary(p => p.Construct.Key);
        foreach (var plan in ScoringPlan.For(after).Constructs.Where(p => !p.Construct.IsIndex
            && after.Crosswalk!.Comparable.Contains(p.Construct.Key)))
        {
            if (earlier.GetValueOrDefault(plan.Construct.Key) is not { } old
                || !old.ItemIds.SequenceEqual(plan.ItemIds)) continue;
            IEnumerable<(string, int?[])> Of(ConstructPlan p, IReadOnlyList<SampledFirm> firms, string version) =>
                firms.SelectMany(f => f.Respondents.Where(r => p.IsAskedOf(r.Role)).Select(r => (version, Row(p, r))));
            var tested = Invariant("version", Of(old, beforeFirms, $"v{before.Version}")
                .Concat(Of(plan, afterFirms, $"v{after.Version}"))).ToList();
            if (tested.Count > 0) rows[plan.Construct.Key] = tested;
        }
        return rows;
    }

    private static int?[] Row(ConstructPlan plan, Respondent respondent)
    {
        var row = new int?[plan.ItemIds.Length];
        for (var i = 0; i < row.Length; i++)
            row[i] = plan.Value(respondent.Answers, i, keyed: true) is { } v ? (int)v : null;
        return row;
    }

    private static double? R(double? x, int digits = 3) =>
        x is { } v && double.IsFinite(v) ? Math.Round(v, digits) : null;
}
