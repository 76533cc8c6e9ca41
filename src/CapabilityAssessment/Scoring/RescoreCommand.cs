using CapabilityAssessment.Assessments;
using CapabilityAssessment.Store;

namespace CapabilityAssessment.Scoring;

/// <summary>
/// `rescore [--force]`: replays every closed assessment and rewrites its profile when the scoring version changed (all with
/// --force). Idempotent: a second run finds nothing to do. Reads each batch's streams with one query; prints progress per batch.
/// </summary>
internal static class RescoreCommand
{
    private const int BatchSize = 500;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var store = services.GetRequiredService<DocumentStore>();
        var commands = services.GetRequiredService<AssessmentCommands>();
        var force = args.Contains("--force");
        var peers = services.GetService<Benchmarks.PeerContributions>();
        await store.ApplyMigrationsAsync();
        var (seen, rescored) = (0, 0);
        for (var offset = 0; ; offset += BatchSize)
        {
            await using var session = store.LightweightSession();
            var closed = await session.Query<AssessmentSummary>().Where("status", "CLOSED").OrderBy("startedAt").Skip(offset).Take(BatchSize).ToListAsync();
            if (closed.Count == 0) break;
            var existing = (await session.LoadManyAsync<AssessmentProfile>(closed.Select(s => s.Id))).ToDictionary(p => p.Id);
            var due = closed.Where(s => force || existing.GetValueOrDefault(s.Id)?.ScoringVersion != ScoringEngine.ScoringVersion).Select(s => s.Id).ToList();
            foreach (var state in (await session.Events.AggregateStreamsAsync<Assessment>(due)).Values)
            {
                if (state.Status != AssessmentStatus.Closed) continue;
                var profile = AssessmentProfile.From(state, commands.PinnedInstrument(state), commands.Now);
                session.Store(profile);
                if (peers is not null) session.Store(peers.From(state, profile)); // the benchmark aggregates follow the new scores

                rescored++;
            }
            await session.SaveChangesAsync();
            seen += closed.Count;
            await output.WriteLineAsync($"{seen} closed assessments checked, {rescored} re-scored");
        }
        await output.WriteLineAsync($"Done: {seen} closed assessments, {rescored} re-scored with scoring version {ScoringEngine.ScoringVersion}.");
        return 0;
    }
}
