using System.Globalization;

namespace CapabilityAssessment.Perf;

internal sealed record AppendsOptions(string Connection, int Writers, int Seconds, int Warmup, int EventsPerStream,
    string Mode)
{
    public static AppendsOptions Parse(string[] args)
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
        var connection = values.GetValueOrDefault("connection")
            ?? throw new ArgumentException("--connection is required.");
        return new AppendsOptions(connection, Int("writers", 32), Int("seconds", 20), Int("warmup", 3),
            Int("events-per-stream", 100), values.GetValueOrDefault("mode") ?? "append");
    }
}
