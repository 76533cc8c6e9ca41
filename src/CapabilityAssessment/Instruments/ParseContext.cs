using YamlDotNet.RepresentationModel;

namespace CapabilityAssessment.Instruments;

/// <summary>
/// Collects the problems of one file and the line of every path read, so later rules can point at a line.
/// </summary>
internal sealed class ParseContext(string file)
{
    public string File { get; } = file;
    public List<InstrumentProblem> Problems { get; } = [];
    public Dictionary<string, int> Lines { get; } = new(StringComparer.Ordinal);

    public void Report(int line, string path, string code, string message, Severity severity = Severity.Error) =>
        Problems.Add(new InstrumentProblem(File, line, path, message, code, severity));

    public void Report(string path, string code, string message, Severity severity = Severity.Error) =>
        Report(LineFor(path), path, code, message, severity);

    /// <summary>The line of the nearest recorded ancestor, since a missing field has no line of its own.</summary>
    public int LineFor(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
            if (Lines.TryGetValue(p, out var line)) return line;
        return 1;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }

    public static int LineOf(YamlNode node) => (int)node.Start.Line;
}
