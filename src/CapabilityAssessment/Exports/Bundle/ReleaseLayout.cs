using CapabilityAssessment.Exports.Anonymisation;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// The columns of the two tables for one instrument key and a set of its versions: items and constructs are the union
/// over the versions, in order of first appearance, so every row of a release has the same columns.
/// </summary>
internal sealed class ReleaseLayout
{
    public ReleaseLayout(IReadOnlyList<InstrumentDefinition> versions)
    {
        Versions = [.. versions.OrderBy(v => v.Version)];
        var latest = Versions[^1];
        Items = [.. Versions.SelectMany(v => v.Items).DistinctBy(i => i.Id)];
        Constructs = [.. Versions.SelectMany(v => v.Constructs).DistinctBy(c => c.Key)];
        // Management modes are profiled construct by construct, never averaged into a
        // layer (LayerScoring): no layer column.
        Layers = [.. Constructs.Select(c => c.Layer).Distinct().Where(l => l != Layer.ManagementMode)];
        Responses =
        [
            new("assessment_id", "Pseudonymous assessment id (HMAC-SHA256, key differs per release)",
                VariableType.String),
            new("instrument_version", "Instrument version answered", VariableType.Integer),
            new("respondent_role", "Respondent's role", VariableType.String),
            new(QuasiIdentifiers.Language.Name,
                "Language the response was given in (ISO 639-1; a quasi-identifier, see disclosure.json)",
                VariableType.String),
            .. Items.Select(i => new ExportVariable(VariableNames.Safe("q_", i.Id), Label(i.Text), VariableType.Integer,
                ScaleLabels(latest, i), MissingCodes.Items, i.Reverse
                    ? "Reverse-keyed: scored as points + 1 - answer" : null)),
            .. Constructs.Select(c => new ExportVariable(VariableNames.Safe("rs_", c.Key),
                $"Respondent score: {Label(c.Title)} (0-100)",
                VariableType.Double, Rule: RespondentRule(c))),
        ];
        Firms =
        [
            Responses[0], Responses[1],
            new("firm_pseudonym",
                "Pseudonymous firm id (HMAC-SHA256, key differs per release): links the firm's assessments " +
                "within this release only", VariableType.String),
            new("assessment_order",
                "The assessment's place among the firm's in this release by submission (T0 first, then " +
                "T1, ...); a firm is released with all its assessments in the window or not at all, so there " +
                "are no gaps",
                VariableType.String),
            new("submission_month", "Month of the last submitted response (YYYY-MM)", VariableType.String),
            new("respondents", "Number of submitted respondents", VariableType.Integer),
            .. QuasiIdentifiers.All.Select(h => new ExportVariable(h.Name,
                $"{h.Label}, generalised (see disclosure.json)", VariableType.String)),
            .. Constructs.SelectMany(c => new ExportVariable[]
            {
                new(VariableNames.Safe("fs_", c.Key), $"Firm score: {Label(c.Title)} (0-100)", VariableType.Double,
                    Rule: FirmRule),
                new(VariableNames.Safe("rwg_", c.Key), $"Within-firm agreement rwg(j): {Label(c.Title)}",
                    VariableType.Double, Rule: AgreementRule),
            }),
            .. Layers.Select(l => new ExportVariable(VariableNames.Safe("layer_", l.Key()),
                $"Layer score: {l.Key()} (0-100)", VariableType.Double,
                Rule: "Mean of the layer's scored constructs")),
            new("overall_index",
                "Dynamic-capability index (mean of the cognitive, managerial and organisational layers)",
                VariableType.Double),
            new("weakest_link", "Lowest of the cognitive, managerial and organisational layer scores",
                VariableType.Double),
        ];
    }

    public const string FirmRule =
        "Mean of the submitted respondents' scores, or the key informant's score for a key-informant module";
    public const string AgreementRule =
        "rwg(j) (James, Demaree & Wolf 1984), truncated at 0; empty below two scored respondents";

    public IReadOnlyList<InstrumentDefinition> Versions { get; }
    public IReadOnlyList<Item> Items { get; }
    public IReadOnlyList<Construct> Constructs { get; }
    public IReadOnlyList<Layer> Layers { get; }
    public IReadOnlyList<ExportVariable> Responses { get; }
    public IReadOnlyList<ExportVariable> Firms { get; }

    private static string Label(LocalizedText text) => text.Get(LocalizedText.English);

    private static Dictionary<int, string>? ScaleLabels(InstrumentDefinition instrument, Item item)
    {
        var construct = instrument.Constructs.FirstOrDefault(c => c.Items.Any(i => i.Id == item.Id));
        if (construct is null || instrument.FindScale(construct.Scale) is not { } scale) return null;
        return scale.Labels.Select((l, i) => (i + 1, Label(l))).ToDictionary(x => x.Item1, x => x.Item2);
    }

    private static string RespondentRule(Construct c) =>
        "Weighted mean of the answered items (reverse-keyed items reversed, \"don't know\" missing) rescaled " +
        "to 0-100 as " +
        $"(mean - 1) / (points - 1) x 100; empty when fewer than {c.MinAnswered} of {c.Items.Count} items " +
        "are answered " +
        $"(scoring version {ScoringEngine.ScoringVersion})";
}
