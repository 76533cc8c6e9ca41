namespace CapabilityAssessment.Instruments;

/// <summary>
/// Rules for construct kinds (scale, index), outcomes and facets (instruments/README.md, "Kinds, facets, outcomes").
/// </summary>
internal sealed partial class InstrumentValidator
{
    private void KindsAndFacets()
    {
        foreach (var (construct, c) in d.Constructs.Select((x, i) => (x, $"constructs[{i}]")))
        {
            IndexRule(construct, c);
            if (!construct.IsBanded && construct.Scoring.Interpretation.Count > 0)
                Report($"{c}.scoring.interpretation", ProblemCodes.UnbandedInterpretation,
                    $"'{construct.Key}' is {(construct.IsOutcome ? "an outcome" : "an index")}: it is never " +
                        "banded or " +
                    "recommended, so it has no interpretation");
            if (construct.IsOutcome && d.Modules.FirstOrDefault(m =>
                m.Constructs.Contains(construct.Key)) is { KeyInformant: false } module)
                Report($"{c}.layer", ProblemCodes.OutcomeNotKeyInformant,
                    $"outcome '{construct.Key}' is asked once per firm: its module '{module.Key}' must set " +
                        "keyInformant: true");
            Facets(construct, c);
        }
        foreach (var (module, m) in d.Modules.Select((x, i) => (x, $"modules[{i}]")))
            if (module.ItemOrder is { } order) ItemOrder(module, order, m);
    }

    /// <summary>
    /// An item order interleaves the module's constructs: it must name each of their items exactly once.
    /// </summary>
    private void ItemOrder(Module module, IReadOnlyList<string> order, string m)
    {
        var expected = module.Constructs.Select(d.FindConstruct).OfType<Construct>().SelectMany(c => c.Items)
            .Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, i) in order.Select((x, i) => (x, $"{m}.itemOrder[{i}]")))
            if (!expected.Contains(id))
                Report(i, ProblemCodes.BadItemOrder, $"item '{id}' is not an item of this module's constructs");
            else if (!seen.Add(id)) Report(i, ProblemCodes.BadItemOrder, $"item '{id}' is listed twice");
        var missing = expected.Where(id => !seen.Contains(id)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            Report($"{m}.itemOrder", ProblemCodes.BadItemOrder,
                $"items of this module missing from itemOrder: {string.Join(", ", missing)}");
    }

    private void IndexRule(Construct construct, string c)
    {
        var rule = construct.Scoring.Rule;
        var threshold = construct.Scoring.Threshold;
        if (construct.IsIndex && rule is null)
            Report($"{c}.scoring", ProblemCodes.BadIndexRule,
                $"index '{construct.Key}' needs scoring.rule: count or mean");
        if (!construct.IsIndex && rule is not null)
            Report($"{c}.scoring.rule", ProblemCodes.BadIndexRule,
                $"'{construct.Key}' is a scale (a weighted mean); only an index declares a rule");
        if (rule == Instruments.IndexRule.Count && threshold is null)
            Report($"{c}.scoring", ProblemCodes.BadIndexRule,
                $"count index '{construct.Key}' needs scoring.threshold (the lowest answer that counts)");
        if (threshold is not null && rule != Instruments.IndexRule.Count)
            Report($"{c}.scoring.threshold", ProblemCodes.BadIndexRule, "threshold is only used by rule: count");
        if (threshold is { } t && d.FindScale(construct.Scale) is { } scale && (t < 1 || t > scale.Points))
            Report($"{c}.scoring.threshold", ProblemCodes.BadIndexRule,
                $"threshold {t} is not a point of the {scale.Points}-point scale");
    }

    private void Facets(Construct construct, string c)
    {
        var ids = construct.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var placed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (facet, f) in construct.FacetList.Select((x, i) => (x, $"{c}.facets[{i}]")))
        {
            if (!keys.Add(facet.Key))
                Report($"{f}.key", ProblemCodes.BadFacet,
                    $"facet '{facet.Key}' is declared twice in '{construct.Key}'");
            if (facet.Items.Count < 2)
                Report($"{f}.items", ProblemCodes.BadFacet,
                    $"facet '{facet.Key}' has {facet.Items.Count} item(s); a sub-score needs at least 2");
            foreach (var (id, i) in facet.Items.Select((x, i) => (x, $"{f}.items[{i}]")))
            {
                if (!ids.Contains(id))
                    Report(i, ProblemCodes.BadFacet, $"item '{id}' is not an item of '{construct.Key}'");
                else if (placed.TryGetValue(id, out var first))
                    Report(i, ProblemCodes.BadFacet, $"item '{id}' is already in facet '{first}'");
                else placed[id] = facet.Key;
            }
        }
    }
}
