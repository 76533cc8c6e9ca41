using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Storage;
using Microsoft.Extensions.Options;

namespace CapabilityAssessment.Norms;

/// <summary>
/// Publishes a release of an instrument when its latest release is Norms:PublishEvery old (daily by default) or it has
/// none, checking hourly once the schema is ready. Releases are cut on a schedule, never by a closing, so one firm's
/// close is never a release of its own. Several instances may run it: a publish takes the aggregates' row lock and
/// publishes nothing when nothing changed.
/// </summary>
internal sealed class NormSchedule(NormPublisher publisher, NormReads reads, InstrumentCatalog catalog,
    StoreReadiness readiness, IOptions<NormOptions> options, TimeProvider clock, ILogger<NormSchedule> log)
        : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = options.Value.PublishEvery;
        if (every == TimeSpan.Zero) return;
        while (!readiness.SchemaIsCurrent) await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
        using var timer = new PeriodicTimer(every < TimeSpan.FromHours(1) ? every : TimeSpan.FromHours(1), clock);
        do
        {
            foreach (var key in catalog.Published().Select(d => d.Key).Distinct())
                try
                {
                    var latest = await reads.LatestAsync(key, ScoringEngine.ScoringVersion, stoppingToken);
                    if (latest is not null && clock.GetUtcNow() - latest.PublishedAt < every) continue;
                    if (await publisher.PublishAsync(key, stoppingToken) is ({ } release, true))
                        log.LogInformation("Published norms {Label} of {Instrument}: {Firms} firms", release.Label, key,
                            release.Firms);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Publishing norms of {Instrument} failed; the next run tries again", key);
                }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
