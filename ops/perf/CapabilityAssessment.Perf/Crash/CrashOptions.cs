using System.Globalization;

namespace CapabilityAssessment.Perf.Crash;

/// <summary>Options of the `crash` client run by ops/crash-saves.</summary>
internal sealed record CrashOptions(Uri Url, int Assessments, int ThinkMs, string Instrument, string AcksFile,
    string StopFile, int MaxSeconds, int GiveUpSeconds)
{
    public static CrashOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            values[args[i][2..]] = args[i + 1];
        }
        int Int(string name, int fallback) =>
            values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        string Required(string name) =>
            values.GetValueOrDefault(name) ?? throw new ArgumentException($"--{name} is required.");
        return new CrashOptions(new Uri(Required("url")), Int("assessments", 200), Int("think-ms", 1000),
            values.GetValueOrDefault("instrument") ?? "dcvn", Required("acks"), Required("stop-file"),
            Int("max-seconds", 600), Int("give-up-seconds", 180));
    }
}
