using System.Globalization;

namespace CapabilityAssessment.Tests.Scoring.Measurement;

/// <summary>
/// The fixed data sets and the R output kept in Reference/ (reference.R made reference_output.txt once; no test runs
/// R).
/// </summary>
public sealed class ReferenceData
{
    private static readonly string Folder =
        Path.Combine(RepositoryRoot.Path, "tests", "CapabilityAssessment.Tests", "Scoring", "Measurement", "Reference");

    public static ReferenceData OneFactor { get; } = new("one_factor");
    public static ReferenceData TwoFactor { get; } = new("two_factor");

    public IReadOnlyList<int?[]> Rows { get; }
    public int[] Firms { get; }
    private readonly Dictionary<string, double[]> _values;

    private ReferenceData(string set)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, set + ".csv"));
        var header = lines[0].Split(',');
        var first = header[0] == "\"firm\"" ? 1 : 0;
        var cells = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Firms = first == 1 ? cells.Select(c => int.Parse(c[0], CultureInfo.InvariantCulture)).ToArray() : [];
        Rows = cells.Select(c => c.Skip(first)
            .Select(v => v.Length == 0 ? (int?)null : int.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        _values = Section(set);
    }

    /// <summary>The R output under "## set …", by key.</summary>
    public static Dictionary<string, double[]> Section(string set) =>
        Section(File.ReadAllLines(Path.Combine(Folder, "reference_output.txt")), set);

    public double[] Values(string key) => _values[key];
    public double Value(string key) => _values[key].Single();

    private static Dictionary<string, double[]> Section(string[] lines, string set)
    {
        var values = new Dictionary<string, double[]>();
        var inside = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("##", StringComparison.Ordinal))
            {
                inside = line.StartsWith("## " + set + " ", StringComparison.Ordinal);
                continue;
            }
            if (!inside) continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            values[parts[0]] = parts.Skip(1)
                .Select(p => p == "NA" ? double.NaN : double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        }
        return values;
    }
}
