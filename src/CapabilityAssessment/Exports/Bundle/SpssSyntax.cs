using System.Text;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// SPSS syntax that reads a table's CSV (GET DATA /TYPE=TXT) with variable labels, value labels and missing values.
/// Names come from the codebook, so none starts with '_'; MISSING VALUES lists at most three discrete codes (SPSS's limit).
/// </summary>
internal static class SpssSyntax
{
    public static string For(CodebookTable table)
    {
        var s = new StringBuilder("* Encoding: UTF-8.\n");
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
        s.Append("EXECUTE.\n");
        return s.ToString();
    }

    public static string Format(VariableType type) => type switch
    {
        VariableType.Integer => "F8.0",
        VariableType.Double => "F17.9",
        _ => "A255",
    };

    private static string Quote(string text) => "'" + text.Replace("'", "''").Replace("\n", " ") + "'";
}
