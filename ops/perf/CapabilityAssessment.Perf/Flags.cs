using System.Globalization;

namespace CapabilityAssessment.Perf;

/// <summary>A benchmark's command line: `--name value` pairs, read the same way by every run.</summary>
internal sealed class Flags
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>Strict: every argument is a `--name value` pair.</summary>
    public static Flags Parse(string[] args)
    {
        var flags = new Flags();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            flags._values[args[i][2..]] = args[i + 1];
        }
        return flags;
    }

    /// <summary>Lenient: the value after <paramref name="name"/> (e.g. "--folder") among other arguments, or
    /// null.</summary>
    public static string? Value(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public string Required(string name) =>
        _values.GetValueOrDefault(name) ?? throw new ArgumentException($"--{name} is required.");

    public int Int(string name, int fallback) => OptionalInt(name) ?? fallback;

    public int? OptionalInt(string name) =>
        _values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : null;
}
