using CapabilityAssessment.Exports.Anonymisation;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// One construct as an analysis needs it: its item variables, which of them are reverse-keyed, the scale, the scoring rule
/// and the variables holding the service's scores. Kind is "scale" (reflective items, where alpha applies) until
/// instruments declare it (construct kind scale|index is being added to instruments; take it from there when it lands).
/// </summary>
internal sealed record CodebookConstruct(
    string Key, string Title, string Layer, string Kind, IReadOnlyList<int> Versions, int ScalePoints,
    IReadOnlyList<string> Items, IReadOnlyList<string> ReverseKeyed, IReadOnlyDictionary<string, double> Weights,
    int MinAnswered, string RespondentScore, string FirmScore, string Rule)
{
    public static IReadOnlyList<CodebookConstruct> For(ReleaseLayout layout) => [.. layout.Constructs.Select(c =>
    {
        var versions = layout.Versions.Where(v => v.FindConstruct(c.Key) is not null).ToList();
        var points = versions[^1].FindScale(c.Scale)?.Points ?? 0;
        return new CodebookConstruct(c.Key, c.Title.Get(LocalizedText.English), c.Layer.Key(), "scale",
            [.. versions.Select(v => v.Version)], points,
            [.. c.Items.Select(i => Item(i.Id))], [.. c.Items.Where(i => i.Reverse).Select(i => Item(i.Id))],
            c.Items.ToDictionary(i => Item(i.Id), i => i.Weight), c.MinAnswered,
            VariableNames.Safe("rs_", c.Key), VariableNames.Safe("fs_", c.Key),
            $"Reverse-keyed items are recoded as {points + 1} - answer; codes -1, -2, -3 are missing. Score = " +
            $"(weighted mean of the answered items - 1) / ({points} - 1) x 100, empty when fewer than {c.MinAnswered} " +
            $"of the {c.Items.Count} items are answered (scoring version {ScoringEngine.ScoringVersion}). Alpha and omega " +
            "are computed on the unweighted, reverse-keyed items over respondents who answered every item (listwise).");
    })];

    public static string Item(string id) => VariableNames.Safe("q_", id);

    /// <summary>The new variable the scripts recode a reverse-keyed item into.</summary>
    public static string Reversed(string item) => item.Length > 62 ? item[..62] + "_r" : item + "_r";
}

/// <summary>A quasi-identifier: its hierarchy from the value itself up to "*", and the level this release used.</summary>
internal sealed record CodebookQuasiIdentifier(
    string Variable, string Label, IReadOnlyList<string> Levels, int Level, string LevelName,
    IReadOnlyDictionary<string, string> Values)
{
    public static IReadOnlyList<CodebookQuasiIdentifier> For(DisclosureReport disclosure, IReadOnlyList<int> ageBounds) =>
        [.. QuasiIdentifiers.All.Select(h =>
        {
            var applied = disclosure.Generalisations.FirstOrDefault(g => g.Variable == h.Name);
            var values = new Dictionary<string, string>
            {
                [Hierarchy.Top] = "Suppressed attribute: generalised to the top of its hierarchy, every released firm has \"*\"",
                [Hierarchy.Unknown] = "The firm did not give this attribute",
            };
            if (h == QuasiIdentifiers.Age)
                values["ranges"] = "Whole years since founding at the assessment's start, \"a-b\" inclusive, " +
                    $"\"{ageBounds[^1]}+\" open; " + string.Join(", ", Benchmarks.PeerDimensions.AgeClasses(ageBounds));
            if (h == QuasiIdentifiers.Industry) values["B-E, G-I, M-N, O-Q, R-U"] = "NACE Rev. 2 A*10 groups of sections";
            if (h == QuasiIdentifiers.Size) values["SME"] = "micro, small or medium (fewer than 250 employees)";
            if (h == QuasiIdentifiers.Country) values["other"] = "A region outside Europe";
            if (h == QuasiIdentifiers.Language)
                values["xx"] = "ISO 639-1 code of the language the assessment was answered in (also on every response row)";
            if (h == QuasiIdentifiers.Assessments)
                values["n"] = "The firm's assessments in the release window, suppressed ones included (rows sharing " +
                    "firm_pseudonym; assessment_order T0, T1, ... orders them by submission, so a gap is a suppressed one)";
            if (h == QuasiIdentifiers.Roles)
                values["a+b"] = "The roles of the submitted respondents, sorted, one entry per respondent (so also their number)";
            return new CodebookQuasiIdentifier(
                h.Name, h.Label, h.LevelNames, applied?.Level ?? 0, applied?.LevelName ?? h.LevelNames[0], values);
        })];
}
