using System.Globalization;
using System.Text;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// SPSS syntax (tested with PSPP) that reads a table's CSV (GET DATA /TYPE=TXT) with variable labels, value labels and
/// missing values. The folder is a parameter on the first command (CD), so the file runs from anywhere. For the responses
/// it also recodes reverse-keyed items into new variables (item_r = points + 1 - item), computes each construct's scale
/// score as the service does (sc_*, to compare with rs_*) and prints Cronbach's alpha per construct (RELIABILITY, listwise,
/// as the service computes it) to 12 decimals. MISSING VALUES lists at most three discrete codes (SPSS's limit).
/// </summary>
internal static class SpssSyntax
{
    public const string FolderLine = "CD '.'.";

    public static string For(CodebookTable table, IReadOnlyList<CodebookConstruct>? constructs = null)
    {
        var s = new StringBuilder("* Encoding: UTF-8.\n");
        s.Append("* The folder holding this release's files: change the next line, then run the whole file.\n");
        s.Append(FolderLine).Append('\n');
        s.Append($"GET DATA /TYPE=TXT /FILE='{table.Name}.csv' /ENCODING='UTF8' /DELCASE=LINE /DELIMITERS=\",\"\n");
        s.Append("  /QUALIFIER='\"' /ARRANGEMENT=DELIMITED /FIRSTCASE=2 /VARIABLES=\n");
        foreach (var v in table.Variables) s.Append($"  {v.Name} {Format(v.Type)}\n");
        s.Append(".\nDATASET NAME ").Append(table.Name).Append(".\nVARIABLE LABELS\n");
        s.Append(string.Join("\n", table.Variables.Select(v => $"  {v.Name} {Quote(v.Label)}"))).Append(".\n");
        var labelled = table.Variables.Where(v => v.ValueLabels is not null || v.MissingCodes is not null).ToList();
        if (labelled.Count > 0)
        {
            s.Append("VALUE LABELS\n");
            s.Append(string.Join("\n  /", labelled.Select(v => $"  {v.Name} " + string.Join(" ",
                (v.ValueLabels ?? new Dictionary<int, string>()).Concat(v.MissingCodes ?? new Dictionary<int, string>())
                    .Select(l => $"{l.Key} {Quote(l.Value)}"))))).Append(".\n");
        }
        foreach (var v in table.Variables.Where(v => v.MissingCodes is { Count: > 0 }))
            s.Append($"MISSING VALUES {v.Name} ({string.Join(", ", v.MissingCodes!.Keys.Take(3))}).\n");
        if (constructs is { Count: > 0 }) Scales(s, constructs);
        s.Append("EXECUTE.\n");
        return s.ToString();
    }

    private static void Scales(StringBuilder s, IReadOnlyList<CodebookConstruct> constructs)
    {
        s.Append("* Reverse-keyed items into new variables: points + 1 - answer; the missing codes become system-missing.\n");
        foreach (var c in constructs)
            foreach (var item in c.ReverseKeyed)
            {
                var pairs = string.Join(" ", Enumerable.Range(1, c.ScalePoints).Select(p => $"({p}={c.ScalePoints + 1 - p})"));
                s.Append($"RECODE {item} {pairs} (ELSE=SYSMIS) INTO {CodebookConstruct.Reversed(item)}.\n");
                s.Append($"VARIABLE LABELS {CodebookConstruct.Reversed(item)} 'Reverse-keyed {item}'.\n");
                s.Append($"FORMATS {CodebookConstruct.Reversed(item)} (F2.0).\n");
            }
        s.Append("* Scale scores as the service computes them: (weighted mean of the answered items - 1) / (points - 1) x 100,\n");
        s.Append("* system-missing when fewer than the minimum are answered. Compare sc_* with the released rs_* (2 decimals).\n");
        foreach (var c in constructs)
        {
            var keyed = Keyed(c);
            var score = VariableNames.Safe("sc_", c.Key);
            var weighted = string.Join(", ", keyed.Select((v, i) => $"{Number(c.Weights[c.Items[i]])} * {v}"));
            var weights = string.Join(", ", keyed.Select((v, i) => $"{Number(c.Weights[c.Items[i]])} * (1 - MISSING({v}))"));
            s.Append($"COMPUTE {score} = $SYSMIS.\n");
            s.Append($"IF (NVALID({string.Join(", ", keyed)}) >= {c.MinAnswered}) {score} = " +
                $"(SUM({weighted}) / SUM({weights}) - 1) / ({c.ScalePoints} - 1) * 100.\n");
            s.Append($"VARIABLE LABELS {score} {Quote($"Scale score computed by this syntax: {c.Title} (0-100)")}.\n");
            s.Append($"FORMATS {score} (F8.2).\n");
        }
        s.Append("EXECUTE.\n* Cronbach's alpha per construct over the respondents who answered every item, to 12 decimals.\n");
        s.Append("SET FORMAT=F20.12.\n");
        foreach (var c in constructs.Where(c => c.Items.Count >= 2))
            s.Append($"RELIABILITY /VARIABLES={string.Join(" ", Keyed(c))} /SCALE({Quote(c.Key)}) ALL /MODEL=ALPHA.\n");
        s.Append("SET FORMAT=F8.2.\n");
    }

    /// <summary>The construct's items with reverse-keyed ones replaced by their recoded variables.</summary>
    public static IReadOnlyList<string> Keyed(CodebookConstruct c) =>
        [.. c.Items.Select(i => c.ReverseKeyed.Contains(i) ? CodebookConstruct.Reversed(i) : i)];

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Integers and item answers fit F8.0; scores are rounded to 2 decimals (ScorePrecision), so F8.2.</summary>
    public static string Format(VariableType type) => type switch
    {
        VariableType.Integer => "F8.0",
        VariableType.Double => "F8.2",
        _ => "A255",
    };

    private static string Quote(string text) => "'" + text.Replace("'", "''").Replace("\n", " ") + "'";
}
