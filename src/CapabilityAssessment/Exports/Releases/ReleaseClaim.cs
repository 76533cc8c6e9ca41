using CapabilityAssessment.Storage;
using JasperFx;
using Marten;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>
/// A worker's hold on one claimed release: every write (progress, lease renewal, the end) goes through here in turn,
/// each expecting the version the previous one left. A write that conflicts means another worker re-claimed the release
/// after our lease ran out: the claim is then Lost and the run stops without writing anything more.
/// </summary>
internal sealed class ReleaseClaim(ReleaseStore releases, Versioned<DatasetRelease> claimed) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _lost = new();
    private long _version = claimed.Version;

    public DatasetRelease Release { get; private set; } = claimed.Document;

    /// <summary>Cancelled when a write finds the release changed by someone else.</summary>
    public CancellationToken Lost => _lost.Token;

    public async Task SaveAsync(Func<DatasetRelease, DatasetRelease> change, CancellationToken ct, bool audit = true)
    {
        await _gate.WaitAsync(ct);
        try
        {
            Lost.ThrowIfCancellationRequested();
            var next = change(Release);
            _version = await releases.SaveAsync(next, _version, ct, audit);
            Release = next;
        }
        catch (ConcurrencyException)
        {
            await _lost.CancelAsync();
            throw;
        }
        finally { _gate.Release(); }
    }

    /// <summary>
    /// Renews the lease every quarter of it until ct ends; a renewal that fails for want of
    /// the database is retried next time.
    /// </summary>
    public async Task RenewAsync(TimeProvider clock, TimeSpan lease, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested && !Lost.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(lease / 4, clock, ct);
                await SaveAsync(r => r with { LeaseUntil = clock.GetUtcNow() + lease }, ct, audit: false);
            }
            catch (OperationCanceledException) { return; }
            catch (ConcurrencyException) { return; }
            catch (Exception e) when (Http.DatabaseFaults.IsUnavailable(e)) { }
        }
    }

    public void Dispose()
    {
        _gate.Dispose();
        _lost.Dispose();
    }
}
