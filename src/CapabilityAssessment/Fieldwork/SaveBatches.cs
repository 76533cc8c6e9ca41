using System.Threading.Channels;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Http;
using CapabilityAssessment.Instruments;
using Marten;

namespace CapabilityAssessment.Fieldwork;

/// <summary>
/// Group commit for answer saves (issue #13): saves that arrive while earlier ones are committing wait in a queue and
/// the next free committer takes up to <see cref="MaxUnits"/> of them (one per assessment) into one Marten session: one
/// FetchManyForWriting round trip for all their assessments, each decision against its own assessment, one SaveChanges
/// transaction. A save is acknowledged only after that commit. If the batch fails for any reason (a concurrency
/// conflict, one unit's bad write) nothing of it is kept and every unit runs again alone through
/// <see cref="AssessmentCommands"/>' ordinary path, so one unit's failure never becomes another user's error.
/// With no queue (one save at a time) a save commits at once, alone in its batch: batching adds no waiting.
/// </summary>
internal sealed class SaveBatches : IDisposable
{
    public const int MaxUnits = 32;

    private readonly IDocumentStore store;
    private readonly InstrumentCatalog catalog;
    private readonly Channel<Unit> queue = Channel.CreateUnbounded<Unit>();
    private readonly bool grouped;

    /// <param name="committers">Batches in flight at once (Store:SaveCommitters): one committer would leave PostgreSQL
    /// idle while it fetches and decides, and every committer holds a connection. 0: every save commits alone.</param>
    public SaveBatches(IDocumentStore store, InstrumentCatalog catalog, int committers = 4)
    {
        this.store = store;
        this.catalog = catalog;
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
        if (batch.Count == 1)
        {
            await AloneAsync(batch[0]);
            return;
        }
        var written = new List<(Unit Unit, CommandResult Result)>();
        try
        {
            await using var session = store.LightweightSession();
            var streams = await session.Events.FetchManyForWriting<Assessment>(batch.Select(u => u.AssessmentId)
                .ToList(), CancellationToken.None);
            for (var i = 0; i < batch.Count; i++)
            {
                var unit = batch[i];
                if (streams[i].Aggregate is not { } state)
                {
                    unit.Done.TrySetResult(new CommandResult(unit.AssessmentId, 0,
                        [new Problem(AssessmentCodes.AssessmentNotFound, "assessmentId",
                            $"No assessment {unit.AssessmentId}.")]));
                    continue;
                }
                var decision = unit.Decide(state, PinnedInstrument(state));
                if (!decision.IsAccepted || decision.Events.Count == 0)
                {
                    unit.Done.TrySetResult(new CommandResult(unit.AssessmentId, state.Version, decision.Problems));
                    continue;
                }
                streams[i].AppendMany([.. decision.Events]);
                written.Add((unit, new CommandResult(unit.AssessmentId, state.Version + decision.Events.Count, [])));
            }
            if (written.Count > 0) await session.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception)
        {
            // Nothing of the batch was committed: each unit not yet answered is decided and committed again on its own.
            await Task.WhenAll(batch.Where(u => !u.Done.Task.IsCompleted).Select(AloneAsync));
            return;
        }
        foreach (var (unit, result) in written) unit.Done.TrySetResult(result);
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
