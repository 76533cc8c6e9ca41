using System.Globalization;

namespace CapabilityAssessment.Perf.Saves;

/// <summary>
/// CPU time a process has used (user + system, from /proc/PID/stat), so the service's CPU cost per request can be
/// told apart from time spent waiting for a core on a shared machine. Null when the pid is unknown or not Linux.
/// </summary>
internal static class ProcessCpu
{
    public static TimeSpan? Used(int? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/stat")) return null;
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After "pid (comm) ", state is field 3; utime and stime are fields 14 and 15, in clock ticks (100 per second).
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) +
            long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    public static string PerRequest(TimeSpan? before, TimeSpan? after, int requests) =>
        before is null || after is null || requests == 0 ? "service_cpu_ms_per_request=n/a"
            : string.Create(CultureInfo.InvariantCulture,
                $"service_cpu_ms_per_request={(after.Value - before.Value).TotalMilliseconds / requests:F2}");
}
