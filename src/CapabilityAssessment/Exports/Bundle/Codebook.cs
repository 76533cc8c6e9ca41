using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CapabilityAssessment.Exports.Anonymisation;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Exports.Bundle;

internal sealed record CodebookInstrument(string Key, int Version, string? ContentHash);

internal sealed record CodebookTable(string Name, string Description, IReadOnlyList<ExportVariable> Variables);

/// <summary>The codebook of a release (codebook.json and codebook.md): every variable, the instrument versions, the rules.</summary>
internal sealed record Codebook(
    string Release, IReadOnlyList<CodebookInstrument> Instruments, string ScoringVersion, IReadOnlyList<CodebookTable> Tables,
    DisclosureReport Disclosure)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Codebook For(string release, ReleaseLayout layout, Func<string, int, string?> hash, DisclosureReport disclosure) => new(
        release, [.. layout.Versions.Select(v => new CodebookInstrument(v.Key, v.Version, hash(v.Key, v.Version)))],
        ScoringEngine.ScoringVersion,
        [
            new("responses", "One row per submitted response; linked to firms by assessment_id.", layout.Responses),
            new("firms", "One row per closed assessment that survived k-anonymisation.", layout.Firms),
        ],
        disclosure);

    public string ToMarkdown()
    {
        var md = new StringBuilder($"# Codebook of release {Release}\n\n");
        foreach (var i in Instruments) md.Append($"- Instrument `{i.Key}` version {i.Version}, content hash `{i.ContentHash}`\n");
        md.Append($"- Scoring version {ScoringVersion}\n- k = {Disclosure.K}; {Disclosure.Suppressed} of {Disclosure.Records} firm records suppressed\n");
        foreach (var table in Tables)
        {
            md.Append($"\n## {table.Name}\n\n{table.Description}\n\n| variable | type | label | values | missing | rule |\n|---|---|---|---|---|---|\n");
            foreach (var v in table.Variables)
                md.Append($"| `{v.Name}` | {v.Type} | {Cell(v.Label)} | {Cell(Labels(v.ValueLabels))} | {Cell(Labels(v.MissingCodes))} | {Cell(v.Rule ?? "")} |\n");
        }
        return md.ToString();
    }

    private static string Labels(IReadOnlyDictionary<int, string>? labels) =>
        labels is null ? "" : string.Join("; ", labels.Select(l => $"{l.Key} = {l.Value}"));

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
