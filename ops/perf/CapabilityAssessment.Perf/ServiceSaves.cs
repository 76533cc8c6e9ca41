using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Perf.Scoring;
using CapabilityAssessment.Instruments;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Perf;

/// <summary>
/// The service's own answer-save path on the service's own store configuration: AssessmentCommands.SaveAnswersAsync
/// (fetch the assessment for writing, decide with AssessmentRules.SaveAnswers, append, inline projections), one answer
/// per save. "service" commits each save alone; "service-batched" through SaveBatches
/// (group commit), as the service does.
/// </summary>
internal sealed class ServiceSaves(IServiceProvider services, InstrumentDefinition instrument,
    IProjectionDaemon daemon) : IAsyncDisposable
{
    private static readonly Principal Consultant = new(PrincipalRole.Consultant, "bench", "bench-org");
    private readonly string[] items = [.. InstrumentForms.ItemsFor(instrument, "managing_director")
        .Order(StringComparer.Ordinal)];

    public static async Task<ServiceSaves> OpenAsync(string connection, bool batched)
    {
        var bench = await BenchStore.OpenAsync(connection);
        var catalog = Dcvn.Catalog();
        var services = new ServiceCollection()
            .AddSingleton<IDocumentStore>(bench.Store)
            .AddSingleton(bench)
            .AddSingleton(catalog)
            .AddSingleton(TimeProvider.System)
            .AddSingleton(new ClosingWrites()).AddSingleton(new CommittedStates()).AddScoped<AssessmentCommands>();
        // SAVE_COMMITTERS: the service's Store:SaveCommitters, for tuning runs (default 4, as the service).
        var committers = int.TryParse(Environment.GetEnvironmentVariable("SAVE_COMMITTERS"), out var n) ? n : 4;
        if (batched)
            services.AddSingleton(sp => new SaveBatches(bench.Store, catalog, sp.GetRequiredService<CommittedStates>(),
                committers));
        // As in the service: the async daemon folds the assessment documents while the saves run.
        var daemon = await bench.Store.BuildProjectionDaemonAsync();
        await daemon.StartAllAsync();
        return new ServiceSaves(services.BuildServiceProvider(), catalog.Latest("dcvn")!, daemon);
    }

    /// <summary>
    /// One writer: saves one answer at a time to its own assessment, a new one every eventsPerStream saves.
    /// </summary>
    public async Task WriteAsync(int writer, long[] counts, int eventsPerStream, CancellationToken stop)
    {
        var commands = services.GetRequiredService<AssessmentCommands>();
        while (!stop.IsCancellationRequested)
        {
            var (started, link) = await commands.StartAsync(Consultant, "dcvn", instrument.Version,
                new FirmProfile($"Bench {writer}", "FI", "C", 40), "en", "managing_director", CancellationToken.None);
            if (!started.Succeeded) throw new InvalidOperationException(started.Problems[0].Message);
            var version = started.Version;
            for (var i = 0; i < eventsPerStream && !stop.IsCancellationRequested; i++)
            {
                var answer = new AnswerValue(items[i % items.Length], 1 + (i + writer) % 5);
                var saved = await commands.SaveAnswersAsync(started.AssessmentId, link!.RespondentId, Guid.NewGuid(),
                    version, [answer], CancellationToken.None);
                if (!saved.Succeeded)
                    throw new InvalidOperationException($"{saved.Problems[0].Code}: {saved.Problems[0].Message}");
                version = saved.Version;
                Volatile.Write(ref counts[writer], counts[writer] + 1);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await daemon.StopAllAsync();
        daemon.Dispose();
        var bench = services.GetRequiredService<BenchStore>();
        if (services is IAsyncDisposable disposable) await disposable.DisposeAsync();
        await bench.DisposeAsync();
    }
}
