namespace CapabilityAssessment.Instruments;

/// <summary>
/// Every translatable text of an instrument with its path: one walk shared by the
/// translation rules and translationGaps.
/// </summary>
internal static class InstrumentTexts
{
    public static IEnumerable<(string Path, LocalizedText Text)> All(InstrumentDefinition d)
    {
        yield return ("title", d.Title);
        yield return ("description", d.Description);
        foreach (var (scale, s) in d.Scales.Select((x, i) => (x, $"scales[{i}]")))
        {
            foreach (var (label, l) in scale.Labels.Select((x, i) => (x, i))) yield return ($"{s}.labels[{l}]", label);
            if (scale.DontKnow is { } dontKnow) yield return ($"{s}.dontKnow", dontKnow);
        }
        foreach (var (role, i) in d.Roles.Select((x, i) => (x, i))) yield return ($"roles[{i}].title", role.Title);
        foreach (var (band, i) in d.Bands.Select((x, i) => (x, i))) yield return ($"bands[{i}].label", band.Label);
        foreach (var (module, i) in d.Modules.Select((x, i) => (x, i)))
        {
            yield return ($"modules[{i}].title", module.Title);
            if (module.Intro is { } intro) yield return ($"modules[{i}].intro", intro);
        }
        foreach (var (construct, c) in d.Constructs.Select((x, i) => (x, $"constructs[{i}]")))
        {
            yield return ($"{c}.title", construct.Title);
            yield return ($"{c}.description", construct.Description);
            foreach (var (band, interpretation) in construct.Scoring.Interpretation)
            {
                yield return ($"{c}.scoring.interpretation.{band}.text", interpretation.Text);
                yield return ($"{c}.scoring.interpretation.{band}.recommendation", interpretation.Recommendation);
            }
            foreach (var (facet, f) in construct.FacetList.Select((x, i) => (x, i)))
                yield return ($"{c}.facets[{f}].title", facet.Title);
            foreach (var (item, i) in construct.Items.Select((x, i) => (x, i)))
                yield return ($"{c}.items[{i}].text", item.Text);
        }
    }

    /// <summary>Paths whose text in <paramref name="language"/> is missing and would be shown in English.</summary>
    public static IReadOnlyList<string> Gaps(InstrumentDefinition d, string language) =>
        language == LocalizedText.English ? [] : All(d).Where(t => !t.Text.Has(language)).Select(t => t.Path).ToList();
}
