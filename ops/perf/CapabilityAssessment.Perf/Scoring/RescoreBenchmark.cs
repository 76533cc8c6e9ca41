using System.Diagnostics;
using CapabilityAssessment.Access;
using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Instruments;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Storage;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace CapabilityAssessment.Perf.Scoring;

/// <summary>
/// Issue #5 target: re-scoring 100,000 stored assessments takes under 60 s. Generates closed single-respondent dcvn
/// assessments as real event streams (through the store, with the summary projection), then times `rescore --force`.
/// </summary>
internal static class RescoreBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var connection = Flags.Value(args, "--connection") ?? throw new ArgumentException("--connection is required");
        var count = int.Parse(Flags.Value(args, "--assessments") ?? "100000");
        await using var bench = await BenchStore.OpenAsync(connection);
        var store = bench.Store;
        var catalog = Dcvn.Catalog();
        var instrument = catalog.Latest("dcvn")!;

        var generate = Stopwatch.StartNew();
        await GenerateAsync(store, instrument, catalog.ContentHash("dcvn", instrument.Version)!, count);
        Console.WriteLine($"generated {count:N0} closed assessments ({count * 5:N0} events) in " +
            $"{generate.Elapsed.TotalSeconds:F1} s");

        // As in the service, where the async daemon has folded the assessment documents long before a rescore.
        var fold = Stopwatch.StartNew();
        using (var daemon = await store.BuildProjectionDaemonAsync())
        {
            await daemon.StartAllAsync();
            await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(30));
            await daemon.StopAllAsync();
        }
        Console.WriteLine(
            $"the daemon folded the assessment documents in {fold.Elapsed.TotalSeconds:F1} s (not timed)");

        var closing = new ClosingWrites();
        var services = new ServiceCollection()
            .AddSingleton<IDocumentStore>(store)
            .AddSingleton(bench.DataSource)
            .AddSingleton(catalog)
            .AddSingleton(TimeProvider.System)
            .AddSingleton(closing).AddSingleton(new CommittedStates()).AddScoped<AssessmentCommands>()
            .AddSingleton(new ClosedRebuild((session, closed, instrument, now) =>
                closing.Closed(session, closed, instrument, now, rebuild: true)))
            .AddSingleton<AppMigrations>()
            .BuildServiceProvider();
        using var scope = services.CreateScope();
        var rescore = Stopwatch.StartNew();
        await CapabilityAssessment.Operations.RescoreCommand.RunAsync(scope.ServiceProvider, ["--force"],
            TextWriter.Null);
        var seconds = rescore.Elapsed.TotalSeconds;
        Console.WriteLine($"rescore --force of {count:N0} assessments: {seconds:F1} s ({count / seconds:N0} " +
            "assessments/s; target < 60 s for 100,000)");
        return 0;
    }

    private static async Task GenerateAsync(IDocumentStore store, InstrumentDefinition instrument,
        string hash, int count)
    {
        var random = new Random(11);
        var now = DateTimeOffset.UtcNow;
        for (var done = 0; done < count;)
        {
            await using var session = store.LightweightSession();
            for (var i = 0; i < 1000 && done < count; i++, done++)
            {
                var id = Guid.CreateVersion7();
                var respondent = Dcvn.Respondent(instrument, "managing_director", random, now);
                session.Events.StartStream<Assessment>(id,
                    new AssessmentStarted(id, Guid.CreateVersion7(),
                        new InstrumentRef("dcvn", instrument.Version, hash),
                        new FirmProfile($"Bench {done}", "FI", "C", 40), "en", "bench", "bench", now),
                    new RespondentInvited(respondent.Id, respondent.Role, "bench", now),
                    new AnswersSaved(respondent.Id, Guid.CreateVersion7(),
                        respondent.Answers.Select(a => new AnswerValue(a.Key, a.Value.Value)).ToList(), now),
                    new ResponseSubmitted(respondent.Id, now),
                    new AssessmentClosed("bench", true, now));
            }
            await session.SaveChangesAsync();
        }
    }
}
