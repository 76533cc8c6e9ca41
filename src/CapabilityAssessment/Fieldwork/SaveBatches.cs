using System.Threading.Channels;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Http;
using CapabilityAssessment.Instruments;
using JasperFx.Events;
using Marten;

namespace CapabilityAssessment.Fieldwork;

/// <summary>
/// Group commit for answer saves (issue #13): saves that arrive while earlier ones are committing wait in a queue and
/// the next free committer takes up to <see cref="MaxUnits"/> of them (one per assessment) into one Marten session:
/// each decision against its own assessment (as this process last committed it, <see cref="CommittedStates"/>, else
/// fetched with FetchManyForWriting, one stream at a time for an async document), one SaveChanges transaction. A save
/// is acknowledged only after that commit. If the batch fails for any reason (a concurrency conflict, a known state
/// that another instance moved on from, one unit's bad write) nothing of it is kept and every unit runs again alone
/// through <see cref="AssessmentCommands"/>' ordinary path, so one unit's failure never becomes another user's error.
/// With no queue (one save at a time) a save commits at once, alone in its batch: batching adds no waiting.
/// </summary>
internal sealed class SaveBatches : IDisposable
{
    public const int MaxUnits = 32;

    private readonly IDocumentStore store;
    private readonly InstrumentCatalog catalog;
    private readonly Channel<Unit> queue = Channel.CreateUnbounded<Unit>();
    private readonly bool grouped;
    private readonly CommittedStates states;

    /// <param name="committers">Batches in flight at once (Store:SaveCommitters): one committer would leave PostgreSQL
    /// idle while it fetches and decides, and every committer holds a connection. 0: every save commits alone.</param>
    public SaveBatches(IDocumentStore store, InstrumentCatalog catalog, CommittedStates states, int committers = 4)
    {
        this.store = store;
        this.catalog = catalog;
        this.states = states;
        grouped = committers > 0;
        for (var i = 0; i < committers; i++) _ = Task.Run(CommitAsync);
    }

    public sealed record Unit(Guid AssessmentId, Func<Assessment, InstrumentDefinition, Decision> Decide,
        Func<Unit, Task<CommandResult>> Alone)
    {
        public TaskCompletionSource<CommandResult> Done { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public Task<CommandResult> SaveAsync(Unit unit, CancellationToken ct)
    {
        if (!grouped || !queue.Writer.TryWrite(unit)) return unit.Alone(unit);
        // A caller that gives up stops waiting; its unit still commits or fails with its batch.
        return unit.Done.Task.WaitAsync(ct);
    }

    public void Dispose() => queue.Writer.TryComplete();

    private async Task CommitAsync()
    {
        var carried = new List<Unit>();
        while (carried.Count > 0 || await queue.Reader.WaitToReadAsync())
        {
            var batch = Take(carried);
            if (batch.Count > 0) await RunAsync(batch);
        }
    }

    /// <summary>Up to MaxUnits units for distinct assessments; a second unit for the same assessment is carried to this
    /// committer's next batch, because its decision must see the first one's events.</summary>
    private List<Unit> Take(List<Unit> carried)
    {
        var batch = new List<Unit>();
        var next = new List<Unit>();
        foreach (var unit in carried) (batch.Any(u => u.AssessmentId == unit.AssessmentId) ? next : batch).Add(unit);
        while (batch.Count < MaxUnits && queue.Reader.TryRead(out var unit))
            (batch.Any(u => u.AssessmentId == unit.AssessmentId) ? next : batch).Add(unit);
        carried.Clear();
        carried.AddRange(next);
        return batch;
    }

    private async Task RunAsync(List<Unit> batch)
    {
        var known = batch.Select(u => states.Find(u.AssessmentId)).ToArray();
        // A save alone whose assessment this process does not know takes the ordinary path (it fetches anyway).
        if (batch.Count == 1 && known[0] is null)
        {
            await AloneAsync(batch[0]);
            return;
        }
        var written = new List<(Unit Unit, CommandResult Result, Assessment After)>();
        var recheck = new List<Unit>();
        try
        {
            await using var session = store.LightweightSession();
            var fetched = await FetchUnknownAsync(session, batch, known);
            for (var i = 0; i < batch.Count; i++)
            {
                var unit = batch[i];
                if ((known[i] ?? fetched[i]?.Aggregate) is not { } state)
                {
                    unit.Done.TrySetResult(new CommandResult(unit.AssessmentId, 0,
                        [new Problem(AssessmentCodes.AssessmentNotFound, "assessmentId",
                            $"No assessment {unit.AssessmentId}.")]));
                    continue;
                }
                var decision = unit.Decide(state, PinnedInstrument(state));
                if (!decision.IsAccepted || decision.Events.Count == 0)
                {
                    // Only an append checks a known state against the store: a refusal or a no-op decided on one that
                    // another instance moved on from (INVALID_VERSION for a version this process has not seen) would
                    // be wrong, so it is decided again from the store, after the batch.
                    if (known[i] is not null) recheck.Add(unit);
                    else unit.Done.TrySetResult(new CommandResult(unit.AssessmentId, state.Version, decision.Problems));
                    continue;
                }
                var after = state.ThenAll(decision.Events);
                // Marten's expected version is the one after the append; PostgreSQL checks it in the append.
                if (fetched[i] is { } stream) stream.AppendMany([.. decision.Events]);
                else session.Events.Append(unit.AssessmentId, after.Version, [.. decision.Events]);
                written.Add((unit, new CommandResult(unit.AssessmentId, after.Version, []), after));
            }
            if (written.Count > 0) await session.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception)
        {
            // Nothing of the batch was committed: each unit not yet answered is decided and committed again on its own,
            // against its assessment as stored (a known state may be what failed).
            foreach (var unit in batch) states.Forget(unit.AssessmentId);
            await Task.WhenAll(batch.Where(u => !u.Done.Task.IsCompleted).Select(AloneAsync));
            return;
        }
        foreach (var (unit, result, after) in written)
        {
            states.Committed(after);
            unit.Done.TrySetResult(result);
        }
        await Task.WhenAll(recheck.Select(AloneAsync));
    }

    /// <summary>The assessments of the batch this process does not know; null where known.</summary>
    private static async Task<IEventStream<Assessment>?[]> FetchUnknownAsync(IDocumentSession session,
        List<Unit> batch, Assessment?[] known)
    {
        var fetched = new IEventStream<Assessment>?[batch.Count];
        var unknown = Enumerable.Range(0, batch.Count).Where(i => known[i] is null).ToList();
        if (unknown.Count == 0) return fetched;
        var streams = await session.Events.FetchManyForWriting<Assessment>(
            [.. unknown.Select(i => batch[i].AssessmentId)], CancellationToken.None);
        for (var j = 0; j < unknown.Count; j++) fetched[unknown[j]] = streams[j];
        return fetched;
    }

    private static async Task AloneAsync(Unit unit)
    {
        try { unit.Done.TrySetResult(await unit.Alone(unit)); }
        catch (Exception e) { unit.Done.TrySetException(e); }
    }

    private InstrumentDefinition PinnedInstrument(Assessment state) =>
        catalog.Get(state.Instrument.Key, state.Instrument.Version)
        ?? throw new InvalidOperationException($"Instrument {state.Instrument.Key} v{state.Instrument.Version} of " +
            $"assessment {state.Id} is missing.");
}
