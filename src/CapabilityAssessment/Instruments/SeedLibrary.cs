using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CapabilityAssessment.Instruments;

/// <summary>
/// The research seed texts that items quote; read on demand and cached, since many items cite the same file.
/// </summary>
internal sealed partial class SeedLibrary(string folder)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>?> _files = new(StringComparer.Ordinal);

    public string Folder => folder;

    /// <summary>The lines of a seed file, or null when there is no such file.</summary>
    public IReadOnlyList<string>? Lines(string name) => _files.GetOrAdd(name, n =>
    {
        var path = Path.Combine(folder, n);
        return n.Contains('/') || n.Contains('\\') || !File.Exists(path) ? null : File.ReadAllLines(path);
    });

    /// <summary>
    /// Whitespace (including line breaks and non-breaking spaces) collapsed, so a quote may wrap differently.
    /// </summary>
    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
