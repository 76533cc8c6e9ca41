using CapabilityAssessment.Assessments;
using CapabilityAssessment.Benchmarks;
using CapabilityAssessment.Exports.Bundle;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using Microsoft.Extensions.Options;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>
/// Wakes the worker of this instance when a release is queued here, instead of waiting for the next poll.
/// </summary>
internal sealed class ReleaseSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake() { if (_signal.CurrentCount == 0) try { _signal.Release(); } catch (SemaphoreFullException) { } }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}

/// <summary>
/// Runs releases one at a time: claims one (see <see cref="ReleaseStore.ClaimAsync"/>), renews the claim's lease
/// while it works, writes the bundle to Exports:Path and records how it ended. A release that throws ends
/// FAILED; the worker carries on. A stopping worker hands its release back to the queue; one whose process died
/// leaves it to be claimed again when the lease runs out. Each attempt writes its own file, so a worker that
/// lost its claim never touches the winner's bundle.
/// </summary>
internal sealed partial class ReleaseWorker(
    ReleaseStore releases, IDocumentStore store, InstrumentCatalog catalog, ClosedRebuild closing,
    IOptions<ExportOptions> options, IOptions<BenchmarkOptions> benchmarks, ReleaseSignal signal,
    ReleaseRetention retention, TimeProvider clock,
    ILogger<ReleaseWorker> logger) : BackgroundService
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public string Name { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public static string FileOf(ExportOptions options, DatasetRelease release) =>
        Path.Combine(options.Path, release.Attempt <= 1 ? $"{release.Id}.zip" : $"{release.Id}-{release.Attempt}.zip");

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
                if (await RunNextAsync(stoppingToken)) continue;
                if (clock.GetUtcNow() is var now && now >= _nextSweep)
                {
                    _nextSweep = now + SweepEvery;
                    await retention.SweepAsync(now, stoppingToken);
                }
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away (readyz reports it); try again after a poll interval rather than die.
                LogLoopFailed(logger, e);
                await Task.Delay(options.Value.PollInterval, stoppingToken)
                    .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Claims one release and runs it to its end; false when there was none to claim.</summary>
    internal async Task<bool> RunNextAsync(CancellationToken stopping)
    {
        var o = options.Value;
        if (await releases.ClaimAsync(Name, clock.GetUtcNow(), o.Lease, o.MaxAttempts, stopping) is not { } claimed)
            return false;
        using var claim = new ReleaseClaim(releases, claimed);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(stopping, claim.Lost);
        var renewing = claim.RenewAsync(clock, o.Lease, run.Token);
        try { await RunAsync(claim, run.Token, stopping); }
        finally
        {
            await run.CancelAsync();
            await renewing;
        }
        return true;
    }

    private async Task RunAsync(ReleaseClaim claim, CancellationToken ct, CancellationToken stopping)
    {
        var lease = options.Value.Lease;
        var file = FileOf(options.Value, claim.Release);
        var partial = file + ".partial";
        try
        {
            var pipeline = new ReleasePipeline(store, catalog, closing, benchmarks.Value.AgeClassBounds,
                options.Value.K, ReleaseTerms.From(options.Value));
            BundleResult result;
            await using (var zip = File.Create(partial))
                result = await pipeline.WriteAsync(claim.Release.Id.ToString("N"), claim.Release.Request, zip,
                    (progress, token) => claim.SaveAsync(r => r with { Progress = progress,
                        LeaseUntil = clock.GetUtcNow() + lease }, token, audit: false), ct);
            DatasetRelease Finished(DatasetRelease r) => r with
            {
                Progress = 1, FinishedAt = clock.GetUtcNow(), LeaseUntil = null, ResponseRows = result.ResponseRows,
                FirmRows = result.FirmRows, Disclosure = result.Disclosure, Files = result.Files,
            };
            if (result.Disclosure.EmptyBecause is { } why)
            {
                // Never a bundle that breaks the rules: an empty release keeps its report, not its file.
                await claim.SaveAsync(r => Finished(r) with { Status = ReleaseStatus.Empty, Message = why }, ct);
                return;
            }
            File.Move(partial, file, overwrite: true);
            try { await claim.SaveAsync(r => Finished(r) with { Status = ReleaseStatus.Done }, ct); }
            catch { File.Delete(file); throw; }
        }
        catch (Exception) when (stopping.IsCancellationRequested && !claim.Lost.IsCancellationRequested)
        {
            // Shutting down: hand the release back rather than leave it to wait out the
            // lease (the attempt does not count).
            try { await claim.SaveAsync(r => r with { Status = ReleaseStatus.Queued, Worker = null, LeaseUntil = null,
                Progress = 0, Attempt = r.Attempt - 1 }, CancellationToken.None); }
            catch (Exception e) when (e is ConcurrencyException || Http.DatabaseFaults.IsUnavailable(e)) { }
        }
        catch (Exception) when (claim.Lost.IsCancellationRequested)
        {
            LogClaimLost(logger, claim.Release.Id);
        }
        catch (Exception e)
        {
            LogReleaseFailed(logger, claim.Release.Id, e);
            try
            {
                await claim.SaveAsync(r => r with
                {
                    Status = ReleaseStatus.Failed, FinishedAt = clock.GetUtcNow(), LeaseUntil = null,
                    Message = "The release could not be written: " + e.Message,
                }, CancellationToken.None);
            }
            catch (ConcurrencyException) { } // someone else changed it; their status stands
        }
        finally { File.Delete(partial); }
    }

    [LoggerMessage(LogLevel.Warning,
        "Release {Release}: another worker claimed it after this worker's lease ran out; this attempt stops")]
    private static partial void LogClaimLost(ILogger logger, Guid release);

    [LoggerMessage(LogLevel.Error, "Release {Release} failed")]
    private static partial void LogReleaseFailed(ILogger logger, Guid release, Exception e);

    [LoggerMessage(LogLevel.Warning, "Release worker could not look for queued releases; retrying")]
    private static partial void LogLoopFailed(ILogger logger, Exception e);
}
