using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Exports.Bundle;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;

namespace CapabilityAssessment.Tests.Exports;

/// <summary>
/// Runs a bundle's own scripts (PSPP, R, pandas) as a researcher would, and the service's reliability on the same rows.
/// </summary>
internal static partial class AnalysisRuns
{
    /// <summary>Unzips the bundle into a folder of its own; the scripts are run from another one.</summary>
    public static string Unpack(Dictionary<string, byte[]> files)
    {
        var folder = Directory.CreateTempSubdirectory("bundle-").FullName;
        foreach (var (name, bytes) in files) File.WriteAllBytes(Path.Combine(folder, name), bytes);
        return folder;
    }

    /// <summary>Debian's python3, where python3-pandas is installed (ops/test installs both).</summary>
    public static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public static async Task<string> Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath() };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} exited {process.ExitCode}: {await errors}\n{await output}");
        return await output;
    }

    /// <summary>
    /// PSPP on responses.sps with the folder set on its CD line; alpha per construct from the CSV output.
    /// </summary>
    public static async Task<Dictionary<string, double>> Pspp(string folder)
    {
        var syntax = File.ReadAllText(Path.Combine(folder, "responses.sps"));
        Assert.Contains(SpssSyntax.FolderLine, syntax);
        var edited = Path.Combine(folder, "responses-here.sps");
        File.WriteAllText(edited, syntax.Replace(SpssSyntax.FolderLine, $"CD '{folder}'."));
        var output = Path.Combine(folder, "pspp-output.csv");
        await Run("pspp", "-O", "format=csv", "-o", output, edited);
        var alphas = new Dictionary<string, double>();
        string? scale = null;
        var lines = File.ReadAllLines(output);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("Scale: ", StringComparison.Ordinal)) scale = lines[i]["Scale: ".Length..].Trim();
            if (lines[i].StartsWith("Cronbach's Alpha,", StringComparison.Ordinal) && scale is not null)
                alphas[scale] = double.Parse(lines[i + 1].Split(',')[0], CultureInfo.InvariantCulture);
        }
        return alphas;
    }

    /// <summary>
    /// Largest |sc_ - rs_| per construct over the rows that have rs_ (pandas, then R), and how many rows that is.
    /// </summary>
    public static async Task<
        (Dictionary<string, (double Max, int N)> Pandas, Dictionary<string, (double Max, int N)> R)>
        ScoreDifferences(string folder)
    {
        const string py = """
            import runpy, sys
            r = runpy.run_path(sys.argv[1])['responses']
            for c in [c[3:] for c in r.columns if c.startswith('rs_')]:
                rows = r['rs_' + c].notna()
                print('diff', c, (r.loc[rows, 'sc_' + c] - r.loc[rows, 'rs_' + c]).abs().max(), rows.sum())
            """;
        const string rScript = """
            bundle <- commandArgs(trailingOnly = TRUE)[1]
            source(file.path(bundle, "release.R"))
            for (v in grep("^rs_", names(responses), value = TRUE)) {
              c <- substring(v, 4); rows <- !is.na(responses[[v]])
              d <- if (any(rows)) max(abs(responses[[paste0("sc_", c)]][rows] - responses[[v]][rows])) else NA_real_
              cat(sprintf("diff %s %.6f %d\n", c, d, sum(rows)))
            }
            """;
        File.WriteAllText(Path.Combine(folder, "diff.py"), py);
        File.WriteAllText(Path.Combine(folder, "diff.R"), rScript);
        return (Differences(await Run(Python, Path.Combine(folder, "diff.py"), Path.Combine(folder, "release.py"))),
            Differences(await Run("Rscript", Path.Combine(folder, "diff.R"), folder)));
    }

    private static Dictionary<string, (double Max, int N)> Differences(string output) =>
        output.Split('\n').Where(l => l.StartsWith("diff ", StringComparison.Ordinal)).Select(l => l.Split(' '))
            .ToDictionary(p => p[1], p => (p[2] is "nan" or "NA" ? double.NaN
                : double.Parse(p[2], CultureInfo.InvariantCulture), int.Parse(p[3], CultureInfo.InvariantCulture)));

    /// <summary>"alpha construct value n" lines of release.R or release.py.</summary>
    public static Dictionary<string, double> Alphas(string output) =>
        AlphaLine().Matches(output).ToDictionary(m => m.Groups[1].Value,
            m => m.Groups[2].Value == "NA" ? double.NaN : double.Parse(m.Groups[2].Value,
                CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^alpha (\S+) (\S+) \d+$", RegexOptions.Multiline)]
    private static partial Regex AlphaLine();

    /// <summary>
    /// The service's alpha per construct over the respondents of responses.csv, their answers read back from the codes.
    /// </summary>
    public static Dictionary<string, double> Service(InstrumentDefinition instrument, List<string[]> responses) =>
        InstrumentReliability.For(instrument, Respondents(instrument, responses)).Where(r => r.Alpha is not null)
            .ToDictionary(r => r.Construct, r => r.Alpha!.Value);

    /// <summary>
    /// The service's alpha per scale of the codebook (by its name, key or key_vN) over the respondents of the
    /// instrument versions its definition belongs to, each scored against its own version: with one version, exactly
    /// what the service's reliability query says for that version.
    /// </summary>
    public static Dictionary<string, double> Service(InstrumentCatalog catalog, string key,
        IEnumerable<CodebookScale> scales, List<string[]> responses)
    {
        var version = Array.IndexOf(responses[0], "instrument_version");
        var alphas = new Dictionary<string, double>();
        foreach (var scale in scales)
        {
            var rows = new List<double?[]>();
            ConstructPlan? plan = null;
            foreach (var v in scale.Versions)
            {
                var instrument = catalog.Get(key, v)!;
                plan = ScoringPlan.For(instrument).Constructs.Single(c => c.Construct.Key == scale.Key);
                var own = responses.Skip(1).Where(r => r[version] == v.ToString(CultureInfo.InvariantCulture));
                rows.AddRange(Respondents(instrument, [responses[0], .. own]).Where(r => plan.IsAskedOf(r.Role))
                    .Select(r => InstrumentReliability.Row(plan, r)));
            }
            if (Reliability.Analyse(scale.Key, plan!.ItemIds, rows).Alpha is { } alpha) alphas[scale.Name] = alpha;
        }
        return alphas;
    }

    /// <summary>A codebook.json construct: the scripts' name for it, its key, versions and kind.</summary>
    public sealed record CodebookScale(string Name, string Key, IReadOnlyList<int> Versions, string Kind);

    public static List<CodebookScale> Scales(System.Text.Json.JsonDocument codebook) =>
        [.. codebook.RootElement.GetProperty("constructs").EnumerateArray().Select(c => new CodebookScale(
            c.GetProperty("name").GetString()!, c.GetProperty("key").GetString()!,
            [.. c.GetProperty("versions").EnumerateArray().Select(v => v.GetInt32())],
            c.GetProperty("kind").GetString()!))];

    private static List<Respondent> Respondents(InstrumentDefinition instrument, List<string[]> responses)
    {
        var header = responses[0];
        var role = Array.IndexOf(header, "respondent_role");
        var items = instrument.Items.DistinctBy(i => i.Id)
            .Select(i => (i.Id, Column: Array.IndexOf(header, VariableNames.Safe("q_", i.Id))))
            .ToList();
        return [.. responses.Skip(1).Select(row => new Respondent(Guid.NewGuid(), row[role],
            items.Select(i => (i.Id, Code: int.Parse(row[i.Column], CultureInfo.InvariantCulture)))
                .Where(a => a.Code > 0 || a.Code == MissingCodes.DontKnow)
                .ToImmutableDictionary(a => a.Id, a => a.Code > 0 ? new RecordedAnswer(a.Code, false, 1)
                    : new RecordedAnswer(null, true, 1)),
            [], DateTimeOffset.UtcNow))];
    }
}
