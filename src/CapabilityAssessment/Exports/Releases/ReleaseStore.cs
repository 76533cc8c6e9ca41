using CapabilityAssessment.Store;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>Reads and writes releases; every write of a release rewrites its audit record in the same transaction.</summary>
internal sealed class ReleaseStore(DocumentStore store)
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

    /// <summary>Moves one queued release to RUNNING for this worker; null when none is queued or another worker won each race.</summary>
    public async Task<Versioned<DatasetRelease>?> ClaimAsync(string worker, DateTimeOffset now, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var queued = await session.Query<DatasetRelease>().Where("status", ReleaseStatus.Queued).OrderBy("requestedAt").Take(10).ToListAsync(ct);
        foreach (var candidate in queued)
        {
            if (await session.LoadVersionedAsync<DatasetRelease>(candidate.Id, ct) is not { Document.Status: ReleaseStatus.Queued } current) continue;
            var running = current.Document with { Status = ReleaseStatus.Running, StartedAt = now, Worker = worker };
            try { return new(running, await SaveAsync(running, current.Version, ct), now); }
            catch (ConcurrencyConflictException) { } // another instance claimed it between our read and write
        }
        return null;
    }

    /// <summary>Writes the release only if it is still at expectedVersion (the claim holds); returns the new version.
    /// Progress ticks skip the audit record: it records changes of status, not percentages.</summary>
    public async Task<long> SaveAsync(DatasetRelease release, long expectedVersion, CancellationToken ct, bool audit = true)
    {
        await using var session = store.LightweightSession();
        session.Store(release, expectedVersion);
        if (audit) session.Store(ExportAudit.Of(release));
        await session.SaveChangesAsync(ct);
        return expectedVersion + 1;
    }
}
