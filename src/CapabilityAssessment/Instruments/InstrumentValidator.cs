using System.Text.RegularExpressions;

namespace CapabilityAssessment.Instruments;

/// <summary>
/// The rules one file must satisfy on its own (instruments/README.md, "Rules the validator enforces").
/// </summary>
internal sealed partial class InstrumentValidator(InstrumentDefinition d, ParseContext context, SeedLibrary? seeds)
{
    public static void Validate(InstrumentDefinition d, ParseContext context, string relativePath, SeedLibrary? seeds)
    {
        var v = new InstrumentValidator(d, context, seeds);
        v.FileName(relativePath);
        v.UniqueKeys();
        v.Scales();
        v.Bands();
        v.Modules();
        v.Constructs();
        v.KindsAndFacets();
        v.Texts();
        v.Sources();
    }

    private void Report(string path, string code, string message, Severity severity = Severity.Error) =>
        context.Report(path, code, message, severity);

    private void FileName(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/');
        var folder = parts.Length >= 2 ? parts[^2] : "";
        if (folder != d.Key)
            Report("key", ProblemCodes.FileNameMismatch,
                $"key '{d.Key}' does not match the folder '{folder}' (instruments/<key>/v<N>.yaml)");
        if (parts[^1] != $"v{d.Version}.yaml")
            Report("version", ProblemCodes.FileNameMismatch,
                $"version {d.Version} does not match the file name '{parts[^1]}' (expected v{d.Version}.yaml)");
        if (!KeyPattern().IsMatch(d.Key))
            Report("key", ProblemCodes.BadValue, $"key '{d.Key}' must match [a-z][a-z0-9_]*");
    }

    private void UniqueKeys()
    {
        Unique("scales", d.Scales.Select(s => s.Key));
        Unique("roles", d.Roles.Select(r => r.Key));
        Unique("bands", d.Bands.Select(b => b.Key));
        Unique("modules", d.Modules.Select(m => m.Key));
        Unique("constructs", d.Constructs.Select(c => c.Key));
    }

    private void Unique(string list, IEnumerable<string> keys)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, i) in keys.Select((k, i) => (k, i)))
            if (!seen.Add(key))
                Report($"{list}[{i}].key", ProblemCodes.DuplicateKey, $"'{key}' is declared twice in {list}");
    }

    private void Scales()
    {
        foreach (var (scale, i) in d.Scales.Select((x, i) => (x, i)))
        {
            if (scale.Points is not (5 or 7))
                Report($"scales[{i}].points", ProblemCodes.BadScale, $"a scale has 5 or 7 points, not {scale.Points}");
            if (scale.Labels.Count != scale.Points)
                Report($"scales[{i}].labels", ProblemCodes.BadScale,
                    $"{scale.Labels.Count} labels for {scale.Points} points: label every point");
        }
    }

    private void Bands()
    {
        var expectedFrom = 0;
        foreach (var (band, i) in d.Bands.Select((x, i) => (x, i)))
        {
            if (band.From != expectedFrom || band.To <= band.From)
                Report($"bands[{i}]", ProblemCodes.BadBands,
                    $"band '{band.Key}' is {band.From}-{band.To}; bands must run contiguously from 0 to 100 (this " +
                        $"one should start at {expectedFrom})");
            expectedFrom = band.To;
        }
        if (d.Bands.Count > 0 && d.Bands[^1].To != 100)
            Report($"bands[{d.Bands.Count - 1}].to", ProblemCodes.BadBands,
                $"the last band ends at {d.Bands[^1].To}, not 100");
        if (d.Bands.Count == 0) Report("bands", ProblemCodes.BadBands, "at least one band is needed");
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex KeyPattern();
}
