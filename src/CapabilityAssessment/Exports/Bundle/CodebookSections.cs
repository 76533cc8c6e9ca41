using CapabilityAssessment.Exports.Anonymisation;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// One construct as an analysis needs it: its item variables, which of them are reverse-keyed, the scale, the scoring
/// rule and the variables holding the service's scores. A release over several instrument versions lists a construct
/// once per series of versions that score it alike (same items, keys, weights, scale, kind and rule) and that each
/// crosswalk declares comparable with the one before (as pooled benchmarks do, Benchmarks/PeerMetrics); a changed
/// construct gets one entry per definition, named key_vN in the scripts (Name), so its alpha is never computed over
/// items that the respondents of another version were not asked.
/// </summary>
internal sealed record CodebookConstruct(
    string Key, string Title, string Layer, string Kind, IReadOnlyList<int> Versions, int ScalePoints,
    IReadOnlyList<string> Items, IReadOnlyList<string> ReverseKeyed, IReadOnlyDictionary<string, double> Weights,
    int MinAnswered, string RespondentScore, string FirmScore, string Rule)
{
    public const string Scale = "scale";
    public const string Index = "index";

    /// <summary>
    /// The scale's name in the scripts' output: the key, or key_vN when the release holds several definitions.
    /// </summary>
    public string Name { get; init; } = Key;

    /// <summary>The score variable the scripts compute (sc_*), to compare with RespondentScore row by row.</summary>
    public string ScriptScore { get; init; } = VariableNames.Safe("sc_", Key);

    /// <summary>
    /// "self": the respondent rates themself (no within-firm agreement); "firm": the respondent rates the firm.
    /// </summary>
    public string Referent { get; init; } = "firm";

    /// <summary>
    /// An index's rule: "count" (share of items answered at or above Threshold) or "mean"; null for a scale.
    /// </summary>
    public string? IndexRule { get; init; }

    public int? Threshold { get; init; }

    public IReadOnlyList<CodebookFacet> Facets { get; init; } = [];

    /// <summary>
    /// Cronbach's alpha (and omega) apply to a reflective scale only, never to an index (INDEX_NOT_A_SCALE).
    /// </summary>
    public bool HasAlpha => Kind == Scale && Items.Count >= 2;

    public static IReadOnlyList<CodebookConstruct> For(ReleaseLayout layout) =>
    [
        .. layout.Constructs.SelectMany(c =>
        {
            var series = Series(layout, c.Key);
            return series.Select(s => Entry(s.Versions, s.Construct,
                series.Count == 1 ? c.Key : $"{c.Key}_v{s.Versions[0].Version}"));
        }),
    ];

    /// <summary>
    /// The versions that hold the construct, cut wherever its scoring changes or a
    /// crosswalk does not call it comparable.
    /// </summary>
    private static List<(List<InstrumentDefinition> Versions, Construct Construct)> Series(
        ReleaseLayout layout, string key)
    {
        var series = new List<(List<InstrumentDefinition> Versions, Construct Construct)>();
        foreach (var version in layout.Versions)
        {
            if (version.FindConstruct(key) is not { } c) continue;
            if (series.Count > 0 && series[^1] is var (versions, previous) && version.Crosswalk is { } walk
                && walk.From == versions[^1].Version && walk.Comparable.Contains(key)
                    && ScoredAlike(versions[^1], previous, version, c))
                // the latest title and facets (facets do not change the score)
                series[^1] = ([.. versions, version], c);
            else series.Add(([version], c));
        }
        return series;
    }

    private static bool ScoredAlike(InstrumentDefinition va, Construct a, InstrumentDefinition vb, Construct b) =>
        a.Items.Select(i => (i.Id, i.Reverse, i.Weight)).SequenceEqual(b.Items.Select(i => (i.Id, i.Reverse, i.Weight)))
        && va.FindScale(a.Scale)?.Points == vb.FindScale(b.Scale)?.Points && a.MinAnswered == b.MinAnswered
        && a.IsIndex == b.IsIndex && a.Scoring.Rule == b.Scoring.Rule && a.Scoring.Threshold == b.Scoring.Threshold;

    private static CodebookConstruct Entry(List<InstrumentDefinition> versions, Construct c, string name)
    {
        var points = versions[^1].FindScale(c.Scale)?.Points ?? 0;
        return new CodebookConstruct(c.Key, c.Title.Get(LocalizedText.English), c.Layer.Key(), KindOf(c),
            [.. versions.Select(v => v.Version)], points,
            [.. c.Items.Select(i => Item(i.Id))], [.. c.Items.Where(i => i.Reverse).Select(i => Item(i.Id))],
            c.Items.ToDictionary(i => Item(i.Id), i => i.Weight), c.MinAnswered,
            VariableNames.Safe("rs_", c.Key), VariableNames.Safe("fs_", c.Key), RuleOf(c, points, versions))
        {
            Name = name, Referent = ReferentOf(c), IndexRule = IndexRuleOf(c),
            Threshold = c.IsIndex && c.Scoring.Rule == Instruments.IndexRule.Count ? c.Scoring.Threshold : null,
            Facets = [.. c.FacetList.Select(f => new CodebookFacet(f.Key, f.Title.Get(LocalizedText.English),
                [.. f.Items.Select(Item)]))],
        };
    }

    public static string KindOf(Construct c) => c.IsIndex ? Index : Scale;

    public static string ReferentOf(Construct c) => c.ReferentOrDefault == Instruments.Referent.Self ? "self" : "firm";

    public static string? IndexRuleOf(Construct c) => !c.IsIndex ? null
        : c.Scoring.Rule == Instruments.IndexRule.Count
            ? $"count of items answered {c.Scoring.Threshold} or higher" : "mean";

    private static string RuleOf(Construct c, int points, List<InstrumentDefinition> versions)
    {
        var of = $"(instrument version {string.Join(", ", versions.Select(v => v.Version))}; scoring version " +
            $"{ScoringEngine.ScoringVersion}). ";
        var recode = $"Reverse-keyed items are recoded as {points + 1} - answer; codes -1, -2, -3 are missing. ";
        var empty = $"empty when fewer than {c.MinAnswered} of the {c.Items.Count} items are answered ";
        var facets = c.FacetList.Count == 0 ? ""
            : "Facets are scored by the same rule over their own items, with at least " +
            $"{ConstructPlan.FacetMinAnswered} answered. ";
        if (!c.IsIndex)
            return recode + $"Score = (weighted mean of the answered items - 1) / ({points} - 1) x 100, " + empty +
                of + facets +
                "Alpha and omega are computed on the unweighted, reverse-keyed items over respondents who answered " +
                "every item (listwise).";
        var notAScale =
            "An index (formative or count): its items need not correlate, so no alpha, omega or SEM is computed " +
            "(INDEX_NOT_A_SCALE).";
        if (c.Scoring.Rule == Instruments.IndexRule.Count)
            return recode +
                $"Score = 100 x (items answered {c.Scoring.Threshold} or higher) / {c.Items.Count} items, " +
                empty + of +
                facets + notAScale;
        return recode + $"Score = (weighted mean of the answered items - 1) / ({points} - 1) x 100, " + empty + of +
            facets + notAScale;
    }

    public static string Item(string id) => VariableNames.Safe("q_", id);

    /// <summary>The new variable the scripts recode a reverse-keyed item into.</summary>
    public static string Reversed(string item) => item.Length > 62 ? item[..62] + "_r" : item + "_r";
}

/// <summary>
/// A facet of a construct: a sub-score over some of its items (e.g. proactiveness of entrepreneurial orientation).
/// </summary>
internal sealed record CodebookFacet(string Key, string Title, IReadOnlyList<string> Items);

/// <summary>
/// A quasi-identifier: its hierarchy from the value itself up to "*", and the level this release used.
/// </summary>
internal sealed record CodebookQuasiIdentifier(
    string Variable, string Label, IReadOnlyList<string> Levels, int Level, string LevelName,
    IReadOnlyDictionary<string, string> Values)
{
    public static IReadOnlyList<CodebookQuasiIdentifier> For(DisclosureReport disclosure,
        IReadOnlyList<int> ageBounds) =>
        [.. QuasiIdentifiers.All.Select(h =>
        {
            var applied = disclosure.Generalisations.FirstOrDefault(g => g.Variable == h.Name);
            var values = new Dictionary<string, string>
            {
                [Hierarchy.Top] =
                    "Suppressed attribute: generalised to the top of its hierarchy, every released firm has \"*\"",
                [Hierarchy.Unknown] = "The firm did not give this attribute",
            };
            if (h == QuasiIdentifiers.Age)
                values["ranges"] = "Whole years since founding at the assessment's start, \"a-b\" inclusive, " +
                    $"\"{ageBounds[^1]}+\" open; " + string.Join(", ", Benchmarks.PeerDimensions.AgeClasses(ageBounds));
            if (h == QuasiIdentifiers.Industry)
                values["B-E, G-I, M-N, O-Q, R-U"] = "NACE Rev. 2 A*10 groups of sections";
            if (h == QuasiIdentifiers.Size) values["SME"] = "micro, small or medium (fewer than 250 employees)";
            if (h == QuasiIdentifiers.Country) values["other"] = "A region outside Europe";
            if (h == QuasiIdentifiers.Language)
                values["xx"] =
                    "ISO 639-1 code of the language the assessment was answered in (also on every response row)";
            if (h == QuasiIdentifiers.Assessments)
                values["n"] = "The firm's assessments in the release window (rows sharing firm_pseudonym; a firm is " +
                    "released with all of them or not at all, so assessment_order T0, T1, ... has no gaps)";
            if (h == QuasiIdentifiers.Roles)
                values["a+b"] =
                    "The roles of the submitted respondents, sorted, one entry per respondent (so also their number)";
            return new CodebookQuasiIdentifier(
                h.Name, h.Label, h.LevelNames, applied?.Level ?? 0, applied?.LevelName ?? h.LevelNames[0], values);
        })];
}
