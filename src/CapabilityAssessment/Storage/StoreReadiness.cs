namespace CapabilityAssessment.Storage;

/// <summary>
/// Whether this process has brought the schema up to date. Checked once at start-up (a full Marten schema comparison
/// costs about a second), so readiness afterwards only asks whether PostgreSQL answers.
/// </summary>
internal sealed class StoreReadiness
{
    private readonly TaskCompletionSource current = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool SchemaIsCurrent => current.Task.IsCompleted;

    public void MarkCurrent() => current.TrySetResult();

    /// <summary>Completes once the schema is current (at once if it is).</summary>
    public Task CurrentAsync(CancellationToken ct) => current.Task.WaitAsync(ct);
}
