using System.Globalization;

namespace CapabilityAssessment.Perf;

/// <summary>The one machine-readable line per headline figure that ops/perf-all collects (the format of
/// ops/lib/perf.sh's perf_result): RESULT, figure, value, unit, target ("&lt;5",
/// "&gt;=50000" or "-"), data size.</summary>
internal static class BenchResult
{
    public static void Print(string figure, double value, string unit, string target, string size) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT\t{figure}\t{Math.Round(value, 2)}\t{unit}\t{target}\t{size}"));
}
