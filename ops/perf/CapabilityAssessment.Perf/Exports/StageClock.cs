using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CapabilityAssessment.Exports.Bundle;

namespace CapabilityAssessment.Perf.Exports;

/// <summary>
/// Listens to the release's stage activities (<c>ReleaseStages</c>: backfill, count, plan, rows, files, zip) and adds
/// up how long each took and the CPU time this process used meanwhile (more than the wall time where stages use several
/// cores; less where the process waits for the database), so the benchmark says where a release's time goes.
/// </summary>
internal sealed class StageClock : IDisposable
{
    private readonly ConcurrentDictionary<string, (TimeSpan Wall, TimeSpan Cpu)> _stages = new();
    private readonly ConcurrentDictionary<Activity, TimeSpan> _cpuAtStart = new();
    private readonly ActivityListener _listener;

    public StageClock()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ReleaseStages.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = a => _cpuAtStart[a] = Cpu(),
            ActivityStopped = a =>
            {
                var cpu = _cpuAtStart.TryRemove(a, out var start) ? Cpu() - start : TimeSpan.Zero;
                _stages.AddOrUpdate(a.OperationName, (a.Duration, cpu), (_, d) => (d.Wall + a.Duration, d.Cpu + cpu));
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Reset() => _stages.Clear();

    /// <summary>"backfill 0.30 s (CPU 0.05 s), count 0.90 s (CPU 0.20 s), ..." in the order the stages ran.</summary>
    public override string ToString() => string.Join(", ", new[] { "backfill", "count", "plan", "rows", "files", "zip" }
        .Where(_stages.ContainsKey).Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s} {_stages[s].Wall.TotalSeconds:F2} s (CPU {_stages[s].Cpu.TotalSeconds:F2} s)")));

    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

    public void Dispose() => _listener.Dispose();
}
