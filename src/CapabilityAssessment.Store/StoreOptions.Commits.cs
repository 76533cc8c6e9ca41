namespace CapabilityAssessment.Store;

public sealed partial class StoreOptions
{
    // Group commit (CommitQueue): how many combined batches may be in flight at once, and how many units of work one
    // batch may hold. Internal knobs for tests and benchmarks; MaxUnitsPerCommit = 1 turns combining off.
    // One lane measured best (ops/bench-store, 32 writers): about 16 units per transaction and the least CPU per event
    // on both sides, where two lanes split the queue into batches half as big for about 1.6 times the CPU per event.
    internal int CommitLanes { get; set; } = 1;

    internal int MaxUnitsPerCommit { get; set; } = 64;
}
