using System.Diagnostics;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Exports.Bundle;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Store;
using Microsoft.Extensions.Options;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>Wakes the worker of this instance when a release is queued here, instead of waiting for the next poll.</summary>
internal sealed class ReleaseSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake() { if (_signal.CurrentCount == 0) try { _signal.Release(); } catch (SemaphoreFullException) { } }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}

/// <summary>
/// Runs queued releases one at a time: claims one (see <see cref="ReleaseStore.ClaimAsync"/>), writes the bundle to
/// Exports:Path/{id}.zip and records how it ended. A release that throws ends FAILED; the worker carries on.
/// </summary>
internal sealed partial class ReleaseWorker(
    ReleaseStore releases, DocumentStore store, InstrumentCatalog catalog, IOptions<ExportOptions> options,
    IOptions<BenchmarkOptions> benchmarks, ReleaseSignal signal, TimeProvider clock, ILogger<ReleaseWorker> logger) : BackgroundService
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(1);
    private readonly string _worker = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public static string FileOf(ExportOptions options, Guid release) => Path.Combine(options.Path, $"{release}.zip");

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.Value.Path);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await releases.ClaimAsync(_worker, clock.GetUtcNow(), stoppingToken) is { } claimed) { await RunAsync(claimed, stoppingToken); continue; }
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away (readyz reports it); try again after a poll interval rather than die.
                LogLoopFailed(logger, e);
                await Task.Delay(options.Value.PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task RunAsync(Versioned<DatasetRelease> claimed, CancellationToken ct)
    {
        var release = claimed.Document;
        var version = claimed.Version;
        var file = FileOf(options.Value, release.Id);
        var partial = file + ".partial";
        try
        {
            var request = release.Request;
            var layout = new ReleaseLayout([.. request.Versions.Select(v => catalog.Get(request.InstrumentKey, v)!)]);
            var writer = new BundleWriter(layout, catalog.ContentHash, benchmarks.Value.AgeClassBounds, options.Value.K);
            await using var reader = await ClosedAssessmentReader.OpenAsync(store, ct);
            var passes = 0;
            long total = 0;
            var tick = Stopwatch.StartNew();

            // BundleWriter reads the source twice: the first pass counts (5 %), the second writes (5-95 %).
            async IAsyncEnumerable<Assessment> Source()
            {
                var pass = ++passes;
                long seen = 0;
                await foreach (var a in reader.ReadAsync(request, ct))
                {
                    seen++;
                    if (pass == 2 && total > 0 && tick.Elapsed > ProgressEvery)
                    {
                        tick.Restart();
                        release = release with { Progress = 0.05 + 0.9 * seen / total };
                        version = await releases.SaveAsync(release, version, ct, audit: false);
                    }
                    yield return a;
                }
                if (pass == 1) total = seen;
            }

            BundleResult result;
            await using (var zip = File.Create(partial)) result = await writer.WriteAsync(release.Id.ToString("N"), Source, zip, null, ct);
            var finished = release with
            {
                Progress = 1, FinishedAt = clock.GetUtcNow(), ResponseRows = result.ResponseRows, FirmRows = result.FirmRows,
                Disclosure = result.Disclosure, Files = result.Files,
            };
            if (result.Disclosure.EmptyBecause is { } why)
            {
                // Never a bundle that breaks the rules: an empty release keeps its report, not its file.
                File.Delete(partial);
                finished = finished with { Status = ReleaseStatus.Empty, Message = why };
            }
            else
            {
                File.Move(partial, file, overwrite: true);
                finished = finished with { Status = ReleaseStatus.Done };
            }
            await releases.SaveAsync(finished, version, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            LogReleaseFailed(logger, release.Id, e);
            File.Delete(partial);
            var failed = release with { Status = ReleaseStatus.Failed, FinishedAt = clock.GetUtcNow(), Message = "The release could not be written: " + e.Message };
            try { await releases.SaveAsync(failed, version, ct); }
            catch (ConcurrencyConflictException) { } // someone else changed it; their status stands
        }
    }

    [LoggerMessage(LogLevel.Error, "Release {Release} failed")]
    private static partial void LogReleaseFailed(ILogger logger, Guid release, Exception e);

    [LoggerMessage(LogLevel.Warning, "Release worker could not look for queued releases; retrying")]
    private static partial void LogLoopFailed(ILogger logger, Exception e);
}
