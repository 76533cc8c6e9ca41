using System.Text.RegularExpressions;

namespace CapabilityAssessment.Instruments;

internal sealed partial class InstrumentValidator
{
    private void Modules()
    {
        var roles = d.Roles.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var constructs = d.Constructs.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var placedIn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (module, m) in d.Modules.Select((x, i) => (x, i)))
        {
            foreach (var (role, r) in module.Roles.Select((x, i) => (x, i)))
                if (!roles.Contains(role))
                    Report($"modules[{m}].roles[{r}]", ProblemCodes.UnknownRole,
                        $"role '{role}' is not declared under roles");
            foreach (var (construct, c) in module.Constructs.Select((x, i) => (x, i)))
            {
                var path = $"modules[{m}].constructs[{c}]";
                if (!constructs.Contains(construct))
                    Report(path, ProblemCodes.UnknownConstruct,
                        $"construct '{construct}' is not declared under constructs");
                else if (placedIn.TryGetValue(construct, out var first))
                    Report(path, ProblemCodes.ConstructInTwoModules,
                        $"construct '{construct}' is already in module '{first}'");
                else placedIn[construct] = module.Key;
            }
        }
        foreach (var (construct, c) in d.Constructs.Select((x, i) => (x, i)))
            if (!placedIn.ContainsKey(construct.Key) && constructs.Contains(construct.Key))
                Report($"constructs[{c}].key", ProblemCodes.ConstructNotInModule,
                    $"construct '{construct.Key}' is in no module, so nobody would be asked");
    }

    private void Constructs()
    {
        var scales = d.Scales.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var bands = d.Bands.Select(b => b.Key).ToList();
        var itemIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (construct, c) in d.Constructs.Select((x, i) => (x, $"constructs[{i}]")))
        {
            if (!scales.Contains(construct.Scale) && context.Lines.ContainsKey($"{c}.scale"))
                Report($"{c}.scale", ProblemCodes.UnknownScale,
                    $"scale '{construct.Scale}' is not declared under scales");
            if (construct.Items.Count < 3)
                Report($"{c}.items", ProblemCodes.TooFewItems,
                    $"construct '{construct.Key}' has {construct.Items.Count} items; at least 3 are needed");
            if (construct.Scoring.MinAnswered is { } min && (min < 1 || min > construct.Items.Count))
                Report($"{c}.scoring.minAnswered", ProblemCodes.BadMinAnswered,
                    $"minAnswered {min} must be between 1 and the {construct.Items.Count} items");
            foreach (var band in bands.Where(b => construct.IsBanded
                && !construct.Scoring.Interpretation.ContainsKey(b)))
                Report($"{c}.scoring.interpretation", ProblemCodes.MissingInterpretation,
                    $"no interpretation for band '{band}'");
            foreach (var band in construct.Scoring.Interpretation.Keys.Where(b => !bands.Contains(b)))
                Report($"{c}.scoring.interpretation.{band}", ProblemCodes.UnknownBand,
                    $"band '{band}' is not declared under bands");
            foreach (var (item, i) in construct.Items.Select((x, i) => (x, $"{c}.items[{i}]")))
            {
                if (!ItemIdPattern().IsMatch(item.Id))
                    Report($"{i}.id", ProblemCodes.BadItemId, $"item id '{item.Id}' must match [a-z][a-z0-9]{{1,11}}");
                if (!itemIds.Add(item.Id))
                    Report($"{i}.id", ProblemCodes.DuplicateItemId,
                        $"item id '{item.Id}' is used twice in this instrument");
                if (!(item.Weight > 0) || double.IsInfinity(item.Weight))
                    Report($"{i}.weight", ProblemCodes.BadWeight, $"weight {item.Weight} must be greater than 0");
            }
        }
    }

    private void Texts()
    {
        if (!d.Languages.Contains(LocalizedText.English))
            Report("languages", ProblemCodes.MissingEnglish, "languages must include en");
        var published = d.Status != InstrumentStatus.Draft;
        if (published && !d.Languages.Contains("fi"))
            Report("languages", ProblemCodes.MissingTranslation, "a published instrument needs en and fi");
        var severity = published ? Severity.Error : Severity.Warning;
        foreach (var (path, text) in InstrumentTexts.All(d))
        {
            if (!context.Lines.ContainsKey(path)) continue; // a missing field was already reported as MISSING_FIELD
            if (!text.Has(LocalizedText.English)) Report(path, ProblemCodes.MissingEnglish, "no English text");
            foreach (var language in d.Languages.Where(l => l != LocalizedText.English && !text.Has(l)))
                Report(path, ProblemCodes.MissingTranslation,
                    $"no '{language}' text; English is shown instead", severity);
            foreach (var language in text.Languages.Where(l => !d.Languages.Contains(l)))
                Report($"{path}.{language}", ProblemCodes.UndeclaredLanguage,
                    $"language '{language}' is not listed in languages");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9]{1,11}$")]
    private static partial Regex ItemIdPattern();
}
