using System.Globalization;

namespace CapabilityAssessment.Perf.Saves;

/// <summary>
/// Options of the `saves` load run (ops/perf-saves): the service's address and the shape of the load.
/// </summary>
internal sealed record SavesOptions(
    Uri Url, int Assessments, int Seconds, int Warmup, int ThinkMs, int PageRequests, string Instrument, string Module,
    int? ServicePid)
{
    public static SavesOptions Parse(string[] args)
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
        var url = values.GetValueOrDefault("url") ?? throw new ArgumentException("--url is required.");
        return new SavesOptions(new Uri(url), Int("assessments", 200), Int("seconds", 30), Int("warmup", 5),
            Int("think-ms", 1000), Int("page-requests", 500), values.GetValueOrDefault("instrument") ?? "dcvn",
            values.GetValueOrDefault("module") ?? "",
            values.TryGetValue("service-pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null);
    }
}
