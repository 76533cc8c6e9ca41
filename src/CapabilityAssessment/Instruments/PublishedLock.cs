using System.Globalization;

namespace CapabilityAssessment.Instruments;

/// <summary>
/// instruments/published.lock: the content hash of every published version, one "key version sha256" line each.
/// </summary>
internal sealed record PublishedLock(IReadOnlyDictionary<(string Key, int Version), string> Hashes)
{
    public const string FileName = "published.lock";

    private const string Header = """
        # Content hashes of published instrument versions: key version sha256 (canonical model, see ContentHash.cs).
        # A published version never changes; publish a new version instead. Regenerate with ./ops/instruments lock
        """;

    public static PublishedLock Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var hashes = new Dictionary<(string, int), string>();
        if (!File.Exists(path)) return new PublishedLock(hashes);
        foreach (var line in File.ReadAllLines(path))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (line.TrimStart().StartsWith('#') || parts.Length != 3) continue;
            if (int.TryParse(parts[1], CultureInfo.InvariantCulture, out var version))
                hashes[(parts[0], version)] = parts[2];
        }
        return new PublishedLock(hashes);
    }

    public static string Render(IEnumerable<(string Key, int Version, string Hash)> entries) =>
        Header + "\n" + string.Concat(entries
            .OrderBy(e => e.Key, StringComparer.Ordinal).ThenBy(e => e.Version)
            .Select(e => $"{e.Key} {e.Version.ToString(CultureInfo.InvariantCulture)} {e.Hash}\n"));
}
