using System.Globalization;
using System.Text;

namespace CapabilityAssessment.Exports.Bundle;

/// <summary>
/// SPSS syntax (tested with PSPP) that reads a table's CSV (GET DATA /TYPE=TXT) with variable labels, value labels and
/// missing values. The folder is a parameter on the first command (CD), so the file runs from anywhere. For the
/// responses it also recodes reverse-keyed items into new variables (item_r = points + 1 - item), computes each
/// construct's score as the service does (sc_*, to compare with rs_*) over the rows of its own instrument
/// versions, and prints Cronbach's alpha per scale (RELIABILITY, listwise, as the service computes it; none for an
/// index) to 12 decimals, each over the rows of its versions (TEMPORARY, SELECT IF). MISSING VALUES lists at most
/// three discrete codes (SPSS's limit).
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
        s.Append("* Reverse-keyed items into new variables: points + 1 - answer; the missing codes become " +
            "system-missing.\n");
        foreach (var (c, item) in constructs.SelectMany(c => c.ReverseKeyed.Select(i => (c, i))).DistinctBy(x => x.i))
            {
                var pairs = string.Join(" ", Enumerable.Range(1, c.ScalePoints)
                    .Select(p => $"({p}={c.ScalePoints + 1 - p})"));
                s.Append($"RECODE {item} {pairs} (ELSE=SYSMIS) INTO {CodebookConstruct.Reversed(item)}.\n");
                s.Append($"VARIABLE LABELS {CodebookConstruct.Reversed(item)} 'Reverse-keyed {item}'.\n");
                s.Append($"FORMATS {CodebookConstruct.Reversed(item)} (F2.0).\n");
            }
        s.Append("* Scores as the service computes them, each over the rows of the instrument versions its " +
            "definition belongs to:\n");
        s.Append("* a scale or mean index is (weighted mean of the answered items - 1) / (points - 1) x 100, a " +
            "count index\n");
        s.Append("* 100 x (items at or above its threshold) / items; system-missing when fewer than the minimum are " +
            "answered.\n");
        s.Append("* Compare sc_* with the released rs_* (2 decimals).\n");
        foreach (var score in constructs.Select(c => c.ScriptScore).Distinct())
            s.Append($"COMPUTE {score} = $SYSMIS.\n");
        foreach (var c in constructs)
        {
            var keyed = Keyed(c);
            var weighted = string.Join(", ", keyed.Select((v, i) => $"{Number(c.Weights[c.Items[i]])} * {v}"));
            var weights = string.Join(", ",
                keyed.Select((v, i) => $"{Number(c.Weights[c.Items[i]])} * (1 - MISSING({v}))"));
            var formula = c.Threshold is { } threshold
                ? $"100 * SUM({string.Join(", ", keyed.Select(v => $"{v} >= {threshold}"))}) / {keyed.Count}"
                : $"(SUM({weighted}) / SUM({weights}) - 1) / ({c.ScalePoints} - 1) * 100";
            s.Append($"IF ({InVersions(c)} AND NVALID({string.Join(", ", keyed)}) >= {c.MinAnswered}) " +
                $"{c.ScriptScore} = {formula}.\n");
        }
        foreach (var c in constructs.DistinctBy(c => c.ScriptScore))
        {
            s.Append($"VARIABLE LABELS {c.ScriptScore} " +
                $"{Quote($"Score computed by this syntax: {c.Title} (0-100)")}.\n");
            s.Append($"FORMATS {c.ScriptScore} (F8.2).\n");
        }
        s.Append("EXECUTE.\n* Cronbach's alpha per scale (an index has none) over the respondents of its instrument " +
            "versions who answered\n");
        s.Append("* every item, to 12 decimals. A scale with fewer than two such respondents in this release shows " +
            "no usable alpha.\n");
        s.Append("SET FORMAT=F20.12.\n");
        foreach (var c in constructs.Where(c => c.HasAlpha))
        {
            // TEMPORARY: the selection holds for the next procedure only, so every scale
            // sees all rows of its own versions.
            s.Append($"TEMPORARY.\nSELECT IF ({InVersions(c)}).\n");
            s.Append($"RELIABILITY /VARIABLES={string.Join(" ", Keyed(c))} /SCALE({Quote(c.Name)}) ALL " +
                "/MODEL=ALPHA.\n");
        }
        s.Append("SET FORMAT=F8.2.\n");
    }

    private static string InVersions(CodebookConstruct c) =>
        $"ANY(instrument_version, {string.Join(", ", c.Versions)})";

    /// <summary>The construct's items with reverse-keyed ones replaced by their recoded variables.</summary>
    public static IReadOnlyList<string> Keyed(CodebookConstruct c) =>
        [.. c.Items.Select(i => c.ReverseKeyed.Contains(i) ? CodebookConstruct.Reversed(i) : i)];

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// Integers and item answers fit F8.0; scores are rounded to 2 decimals (ScorePrecision), so F8.2.
    /// </summary>
    public static string Format(VariableType type) => type switch
    {
        VariableType.Integer => "F8.0",
        VariableType.Double => "F8.2",
        _ => "A255",
    };

    private static string Quote(string text) => "'" + text.Replace("'", "''").Replace("\n", " ") + "'";
}
