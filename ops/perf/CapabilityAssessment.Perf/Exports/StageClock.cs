using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CapabilityAssessment.Exports.Bundle;

namespace CapabilityAssessment.Perf.Exports;

/// <summary>
/// Listens to the release's stage activities (<c>ReleaseStages</c>: backfill, count, plan, rows, files, zip) and adds up
/// how long each took, so the benchmark says where a release's time goes.
/// </summary>
internal sealed class StageClock : IDisposable
{
    private readonly ConcurrentDictionary<string, TimeSpan> _stages = new();
    private readonly ActivityListener _listener;

    public StageClock()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ReleaseStages.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = a => _stages.AddOrUpdate(a.OperationName, a.Duration, (_, d) => d + a.Duration),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Reset() => _stages.Clear();

    /// <summary>"backfill 0.3 s, count 0.9 s, ..." in the order the stages ran.</summary>
    public override string ToString() => string.Join(", ", new[] { "backfill", "count", "plan", "rows", "files", "zip" }
        .Where(_stages.ContainsKey).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s} {_stages[s].TotalSeconds:F2} s")));

    public void Dispose() => _listener.Dispose();
}
