using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CapabilityAssessment.Exports.Anonymisation;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Exports.Bundle;

internal sealed record CodebookInstrument(string Key, int Version, string? ContentHash);

internal sealed record CodebookTable(string Name, string Description, IReadOnlyList<ExportVariable> Variables,
    long Rows = 0);

/// <summary>
/// The codebook of a release (codebook.json for machines, codebook.md for people, codebook.xml as DDI-Codebook 2.5):
/// the instrument versions with their content hashes, every construct with its kind (scale or index), referent, facets,
/// items, reverse-keyed items and scoring rule, every variable with its construct's metadata, every quasi-identifier's
/// hierarchy, and the disclosure report.
/// </summary>
internal sealed record Codebook(
    string Release, IReadOnlyList<CodebookInstrument> Instruments, string ScoringVersion,
    IReadOnlyList<CodebookTable> Tables, DisclosureReport Disclosure)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public IReadOnlyList<CodebookConstruct> Constructs { get; init; } = [];
    public IReadOnlyList<CodebookQuasiIdentifier> QuasiIdentifiers { get; init; } = [];
    public string Precision { get; init; } = ScorePrecision.Text;

    public IReadOnlyDictionary<int, string> MissingCodes { get; init; } = Bundle.MissingCodes.Items;

    public static Codebook For(string release, ReleaseLayout layout, Func<string, int, string?> hash,
        DisclosureReport disclosure, IReadOnlyList<int>? ageBounds = null, long responseRows = 0,
        long firmRows = 0) => new(
        release, [.. layout.Versions.Select(v => new CodebookInstrument(v.Key, v.Version, hash(v.Key, v.Version)))],
        ScoringEngine.ScoringVersion,
        [
            new("responses", "One row per submitted response; linked to firms by assessment_id.",
                CodebookVariables.Describe(layout, layout.Responses), responseRows),
            new("firms", "One row per closed assessment that survived k-anonymisation.",
                CodebookVariables.Describe(layout, layout.Firms), firmRows),
        ],
        disclosure)
    {
        Constructs = CodebookConstruct.For(layout),
        QuasiIdentifiers = CodebookQuasiIdentifier.For(disclosure, ageBounds ?? [5, 10, 20]),
    };

    public string ToMarkdown()
    {
        var md = new StringBuilder($"# Codebook of release {Release}\n\n");
        foreach (var i in Instruments)
            md.Append($"- Instrument `{i.Key}` version {i.Version}, content hash `{i.ContentHash}`\n");
        md.Append($"- Scoring version {ScoringVersion}; {Precision}\n");
        md.Append($"- k = {Disclosure.K}; {Disclosure.Cost ?? Disclosure.EmptyBecause}\n");
        md.Append("- Missing-value codes of items: ").Append(Labels(MissingCodes)).Append('\n');
        md.Append("\n## Constructs\n\n| construct | versions | layer | kind | referent | items | reverse-keyed | " +
            "facets | points | " +
            "min answered | score |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var c in Constructs)
            md.Append($"| `{c.Name}` {Cell(c.Title)} | {string.Join(", ", c.Versions)} | {c.Layer} | {c.Kind}" +
                (c.IndexRule is null ? "" : $" ({Cell(c.IndexRule)})") +
                    $" | {c.Referent} | {Names(c.Items)} | {Names(c.ReverseKeyed)} | " +
                $"{Cell(string.Join("; ", c.Facets.Select(f => $"{f.Key}: {Names(f.Items)}")))} | {c.ScalePoints} | " +
                $"{c.MinAnswered} | " +
                $"`{c.RespondentScore}`, `{c.FirmScore}` |\n");
        md.Append("\n### Scoring rules\n\n");
        foreach (var c in Constructs) md.Append($"- `{c.Name}`: {Cell(c.Rule)}\n");
        md.Append("\n## Quasi-identifiers\n\n| variable | hierarchy (level 0 first) | level used | generalised " +
            "values |\n");
        md.Append("|---|---|---|---|\n");
        foreach (var q in QuasiIdentifiers)
            md.Append($"| `{q.Variable}` | {Cell(string.Join(" > ", q.Levels))} | {q.Level} ({Cell(q.LevelName)}) | " +
                $"{Cell(string.Join("; ", q.Values.Select(v => $"`{v.Key}`: {v.Value}")))} |\n");
        foreach (var table in Tables)
        {
            md.Append($"\n## {table.Name}\n\n{table.Description}\n\n| variable | type | label | values | missing | " +
                "construct | kind | " +
                "index rule | referent | facet | rule |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
            foreach (var v in table.Variables)
                md.Append($"| `{v.Name}` | {v.Type} | {Cell(v.Label)} | {Cell(Labels(v.ValueLabels))} | " +
                    $"{Cell(Labels(v.MissingCodes))} | " +
                    $"{Cell(v.Construct)} | {Cell(v.Kind)} | {Cell(v.IndexRule)} | {Cell(v.Referent)} | " +
                    $"{Cell(v.Facet)} | {Cell(v.Rule)} |\n");
        }
        return md.ToString();
    }

    private static string Names(IReadOnlyList<string> names) => string.Join(", ", names.Select(n => $"`{n}`"));

    private static string Labels(IReadOnlyDictionary<int, string>? labels) =>
        labels is null ? "" : string.Join("; ", labels.Select(l => $"{l.Key} = {l.Value}"));

    private static string Cell(string? text) => (text ?? "").Replace("|", "\\|").Replace("\n", " ");
}
