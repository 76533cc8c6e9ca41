using CapabilityAssessment.Storage;
using JasperFx;
using Marten;
using Npgsql;

namespace CapabilityAssessment.Exports.Releases;

/// <summary>
/// Reads and writes releases; every write of a release rewrites its audit record in the same transaction.
/// </summary>
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
    /// worker let its lease run out (that one ends FAILED instead once it has had maxAttempts claims). Null when there
    /// is none, or another worker won each race.
    /// </summary>
    public async Task<Versioned<DatasetRelease>?> ClaimAsync(string worker, DateTimeOffset now, TimeSpan lease,
        int maxAttempts, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var queued = await session.Query<DatasetRelease>().Where(r => r.Status == ReleaseStatus.Queued)
            .OrderBy(r => r.RequestedAt).Take(10).ToListAsync(ct);
        var running = await session.Query<DatasetRelease>().Where(r => r.Status == ReleaseStatus.Running)
            .OrderBy(r => r.RequestedAt).Take(100).ToListAsync(ct);
        foreach (var candidate in queued.Concat(running.Where(r => r.IsAbandoned(now, lease))))
        {
            if (await LoadVersionedAsync(candidate.Id, ct) is not { } current
                || !(current.Document.Status == ReleaseStatus.Queued
                    || current.Document.IsAbandoned(now, lease))) continue;
            try
            {
                if (current.Document.Attempt >= maxAttempts)
                {
                    await SaveAsync(current.Document with
                    {
                        Status = ReleaseStatus.Failed, FinishedAt = now, LeaseUntil = null,
                        Message =
                            $"The release was claimed {current.Document.Attempt} times and its worker stopped each " +
                            "time; request it again.",
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

    /// <summary>
    /// The releases of one status, oldest request first (for sweeps: DONE releases are few, they expire within days).
    /// </summary>
    public async Task<IReadOnlyList<DatasetRelease>> WithStatusAsync(string status, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<DatasetRelease>()
            .Where(r => r.Status == status)
            .OrderBy(r => r.RequestedAt)
            .ToListAsync(ct);
    }

    /// <summary>The release and its revision, read in one statement: read apart, a claim committed between the two
    /// reads would pair the old document with the new revision, and a second claim would pass.</summary>
    public async Task<Versioned<DatasetRelease>?> LoadVersionedAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await store.ConnectAsync(ct);
        await using var command = new NpgsqlCommand(
            $"SELECT data, mt_version FROM {store.Qualified(StoreTables.DatasetReleases)} WHERE id = $1", connection);
        command.Parameters.Add(new() { Value = id });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return new(store.Options.Serializer().FromJson<DatasetRelease>(reader, 0), reader.GetInt64(1));
    }

    /// <summary>Writes the release only if it is still at expectedVersion (the claim holds); returns the new version.
    /// Progress ticks skip the audit record: it records changes of status, not percentages.</summary>
    /// <remarks>The compare-and-set is one UPDATE whose WHERE holds the expected revision, which PostgreSQL checks
    /// again after waiting for the row lock. Marten's own UpdateRevision let two racing claims both succeed (9.62: its
    /// asynchronous check compares the stored revision with &gt;, not &gt;=; found by the claim race test).</remarks>
    public async Task<long> SaveAsync(DatasetRelease release, long expectedVersion, CancellationToken ct,
        bool audit = true)
    {
        await using var connection = await store.ConnectAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var update = new NpgsqlCommand($"""
            UPDATE {store.Qualified(StoreTables.DatasetReleases)}
            SET data = $1::jsonb, mt_version = $3 + 1, mt_last_modified = now() WHERE id = $2 AND mt_version = $3
            """, connection, transaction))
        {
            update.Parameters.Add(new() { Value = store.Options.Serializer().ToJson(release) });
            update.Parameters.Add(new() { Value = release.Id });
            update.Parameters.Add(new() { Value = expectedVersion });
            if (await update.ExecuteNonQueryAsync(ct) != 1)
                throw new ConcurrencyException(typeof(DatasetRelease), release.Id);
        }
        if (audit)
        {
            await using var session =
                store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(transaction));
            session.Store(ExportAudit.Of(release));
            await session.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return expectedVersion + 1;
    }
}
