namespace CapabilityAssessment.Store;

public sealed partial class DocumentSession
{
    /// <summary>Commits every queued change, append and inline projection in one transaction, or none of them.</summary>
    /// <remarks>Concurrent calls across sessions may share one database transaction (group commit, see CommitQueue);
    /// each unit of work still commits or fails on its own. Cancellation applies until the unit is picked up.</remarks>
    public async Task SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        if (_operations.Count == 0) return;
        var operations = _operations.ToArray();
        // The unit of work is spent either way: a conflict means the caller must re-read and decide again.
        _operations.Clear();
        using var activity = StoreTelemetry.Source.StartActivity("store save_changes");
        activity?.SetTag("store.operations", operations.Length);
        try
        {
            await DocumentStore.Commits.CommitAsync(new UnitOfWork(DocumentStore, operations, cancellationToken));
        }
        catch (Exception e)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
    }
}
