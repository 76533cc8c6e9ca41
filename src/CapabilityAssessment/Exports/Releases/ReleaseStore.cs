using CapabilityAssessment.Storage;
using JasperFx;
using Marten;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>Reads and writes releases; every write of a release rewrites its audit record in the same transaction.</summary>
internal sealed class ReleaseStore(IDocumentStore store)
{
    public async Task QueueAsync(DatasetRelease release, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Insert(release);
        session.Store(ExportAudit.Of(release));
        await session.SaveChangesAsync(ct);
    }

    public async Task<DatasetRelease?> LoadAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<DatasetRelease>(id, ct);
    }

    /// <summary>
    /// Moves one release to RUNNING for this worker with a lease until now + lease: the oldest queued one, or one whose
    /// worker let its lease run out (that one ends FAILED instead once it has had maxAttempts claims). Null when there is
    /// none, or another worker won each race.
    /// </summary>
    public async Task<Versioned<DatasetRelease>?> ClaimAsync(string worker, DateTimeOffset now, TimeSpan lease, int maxAttempts, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var queued = await session.Query<DatasetRelease>().Where(r => r.Status == ReleaseStatus.Queued)
            .OrderBy(r => r.RequestedAt).Take(10).ToListAsync(ct);
        var running = await session.Query<DatasetRelease>().Where(r => r.Status == ReleaseStatus.Running)
            .OrderBy(r => r.RequestedAt).Take(100).ToListAsync(ct);
        foreach (var candidate in queued.Concat(running.Where(r => r.IsAbandoned(now, lease))))
        {
            if (await session.LoadVersionedAsync<DatasetRelease>(candidate.Id, ct) is not { } current
                || !(current.Document.Status == ReleaseStatus.Queued || current.Document.IsAbandoned(now, lease))) continue;
            try
            {
                if (current.Document.Attempt >= maxAttempts)
                {
                    await SaveAsync(current.Document with
                    {
                        Status = ReleaseStatus.Failed, FinishedAt = now, LeaseUntil = null,
                        Message = $"The release was claimed {current.Document.Attempt} times and its worker stopped each time; request it again.",
                    }, current.Version, ct);
                    continue;
                }
                var claimed = current.Document with
                {
                    Status = ReleaseStatus.Running, StartedAt = now, Worker = worker, LeaseUntil = now + lease,
                    Attempt = current.Document.Attempt + 1, Progress = 0,
                };
                return new(claimed, await SaveAsync(claimed, current.Version, ct));
            }
            catch (ConcurrencyException) { } // another instance claimed it between our read and write
        }
        return null;
    }

    /// <summary>The releases of one status, oldest request first (for sweeps: DONE releases are few, they expire within days).</summary>
    public async Task<IReadOnlyList<DatasetRelease>> WithStatusAsync(string status, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<DatasetRelease>().Where(r => r.Status == status).OrderBy(r => r.RequestedAt).ToListAsync(ct);
    }

    public async Task<Versioned<DatasetRelease>?> LoadVersionedAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadVersionedAsync<DatasetRelease>(id, ct);
    }

    /// <summary>Writes the release only if it is still at expectedVersion (the claim holds); returns the new version.
    /// Progress ticks skip the audit record: it records changes of status, not percentages.</summary>
    public async Task<long> SaveAsync(DatasetRelease release, long expectedVersion, CancellationToken ct, bool audit = true)
    {
        await using var session = store.LightweightSession();
        var version = session.StoreExpected(release, expectedVersion);
        if (audit) session.Store(ExportAudit.Of(release));
        await session.SaveChangesAsync(ct);
        return version;
    }
}
