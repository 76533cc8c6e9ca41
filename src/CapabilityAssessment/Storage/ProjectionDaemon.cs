using Marten;
using Marten.Events.Daemon.Coordination;

namespace CapabilityAssessment.Storage;

/// <summary>
/// Marten's async daemon in HotCold mode (one instance of several folds the async projections, another takes over
/// within seconds when it stops; leadership is a PostgreSQL advisory lock), started only once this instance has brought
/// the schema up to date (with AutoCreate off the daemon's own tables come from that step). A database that is down at
/// start delays the daemon, not the host.
/// </summary>
internal sealed class ProjectionDaemon(IDocumentStore store, StoreReadiness readiness,
    ILogger<ProjectionCoordinator> logger) : IHostedService, IAsyncDisposable
{
    private readonly ProjectionCoordinator coordinator = new(store, logger);
    private readonly CancellationTokenSource stopping = new();
    private Task started = Task.CompletedTask;
    private int stopped;

    /// <summary>Whether this instance folds now (holds the leadership): one of several at a time.</summary>
    public bool IsFolding => started.IsCompletedSuccessfully && stopped == 0
        && coordinator.DaemonForMainDatabase().IsRunning;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        started = Task.Run(async () =>
        {
            await readiness.CurrentAsync(stopping.Token);
            try
            {
                await coordinator.StartAsync(stopping.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Reads stay correct without it (they add what the documents lack), only slower: say so loudly.
                logger.LogError(e, "The async daemon did not start; assessment documents are not folded here");
                throw;
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <remarks>A host may stop it after disposing it (seen in tests): both are safe in any order, and
    /// repeated.</remarks>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1) return;
        await stopping.CancelAsync();
        await started.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (started.IsCompletedSuccessfully) await coordinator.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        await coordinator.DisposeAsync();
    }
}
