using CapabilityAssessment.Http;

namespace CapabilityAssessment.Storage;

/// <summary>
/// Applies the schema at start-up. If PostgreSQL is not reachable yet the service still starts (readyz says not ready)
/// and keeps retrying, so a database that comes up later is picked up without a restart. (Marten's own
/// ApplyAllDatabaseChangesOnStartup would stop the host instead.)
/// </summary>
internal sealed class SchemaMigration(AppMigrations migrations, StoreReadiness readiness,
    ILogger<SchemaMigration> logger)
    : IHostedService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(DatabaseFaults.RetryAfterSeconds);
    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await TryApplyAsync(cancellationToken)) return;
        _retrying = Task.Run(() => RetryAsync(_stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _retrying.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task RetryAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try { await Task.Delay(RetryDelay, stopping); } catch (OperationCanceledException) { return; }
            if (await TryApplyAsync(stopping)) return;
        }
    }

    private async Task<bool> TryApplyAsync(CancellationToken ct)
    {
        try
        {
            await migrations.ApplyAsync(ct);
            readiness.MarkCurrent();
            logger.LogInformation("Database schema is up to date");
            return true;
        }
        catch (Exception e) when (DatabaseFaults.IsUnavailable(e))
        {
            logger.LogWarning("PostgreSQL is not reachable ({Reason}); retrying every {Seconds} s", e.Message,
                RetryDelay.TotalSeconds);
            return false;
        }
    }
}
