namespace CapabilityAssessment.Perf.Exports;

/// <summary>
/// Peak memory of this process: the kernel's high-water mark of resident memory (VmHWM in /proc/self/status,
/// everything: managed heap, native buffers, code), and the peak managed heap seen by a sampler (GC.GetGCMemoryInfo
/// after each GC, plus GC.GetTotalMemory every 20 ms).
/// </summary>
internal sealed class ProcessMemory : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _peakManaged;

    public ProcessMemory() => _sampler = Task.Run(SampleAsync);

    public long PeakManagedBytes =>
        Math.Max(Interlocked.Read(ref _peakManaged), GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);

    /// <summary>VmHWM in bytes, or -1 where /proc is missing.</summary>
    public static long PeakResidentBytes() => Status("VmHWM:");

    public static long ResidentBytes() => Status("VmRSS:");

    private static long Status(string field)
    {
        if (!File.Exists("/proc/self/status")) return -1;
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l =>
            l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line[field.Length..].Trim().Split(' ')[0],
            System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var now = Math.Max(GC.GetTotalMemory(false), GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
                if (now > Interlocked.Read(ref _peakManaged)) Interlocked.Exchange(ref _peakManaged, now);
            }
        }
        catch (OperationCanceledException) { }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        _stop.Dispose();
    }
}
