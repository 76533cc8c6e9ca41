using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using Microsoft.Extensions.Options;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>
/// Deletes bundles Exports:RetentionDays after they were finished and marks their releases EXPIRED (the
/// audit record keeps who, what, the row counts and the checksums). The file goes first: a sweep cut short
/// leaves a DONE release without a file, which downloads refuse and the next sweep marks EXPIRED. Also
/// removes partial files a dead worker left behind.
/// </summary>
internal sealed class ReleaseRetention(ReleaseStore releases, IOptions<ExportOptions> options)
{
    public TimeSpan Retention => options.Value.Retention;

    /// <summary>Expires what is due at now; returns the releases it marked EXPIRED.</summary>
    public async Task<int> SweepAsync(DateTimeOffset now, CancellationToken ct)
    {
        var expired = 0;
        foreach (var done in await releases.WithStatusAsync(ReleaseStatus.Done, ct))
        {
            if (!done.IsExpired(now, Retention) || await releases.LoadVersionedAsync(done.Id,
                ct) is not { Document.Status: ReleaseStatus.Done } current)
                continue;
            File.Delete(ReleaseWorker.FileOf(options.Value, current.Document));
            try
            {
                await releases.SaveAsync(current.Document with
                {
                    Status = ReleaseStatus.Expired,
                    Message =
                        $"The bundle was deleted {options.Value.RetentionDays} day(s) after it was finished " +
                        "(Exports:RetentionDays); request a new release.",
                }, current.Version, ct);
                expired++;
            }
            catch (ConcurrencyException) { } // another instance expired it first
        }
        // A partial file is written by a live worker within one release; one as old as
        // the retention belongs to a dead one.
        foreach (var partial in new DirectoryInfo(options.Value.Path).EnumerateFiles("*.partial"))
            if (partial.LastWriteTimeUtc + Retention <= now.UtcDateTime) partial.Delete();
        return expired;
    }
}
