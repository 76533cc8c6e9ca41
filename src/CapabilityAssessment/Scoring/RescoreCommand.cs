using CapabilityAssessment.Assessments;
using CapabilityAssessment.Store;

namespace CapabilityAssessment.Scoring;

/// <summary>
/// `rescore [--force]`: replays every closed assessment and rewrites its profile when the scoring version changed (all with
/// --force). Idempotent: a second run finds nothing to do. Prints progress every batch.
/// </summary>
internal static class RescoreCommand
{
    private const int BatchSize = 500;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var store = services.GetRequiredService<DocumentStore>();
        var commands = services.GetRequiredService<AssessmentCommands>();
        var force = args.Contains("--force");
        await store.ApplyMigrationsAsync();
        var (seen, rescored) = (0, 0);
        for (var offset = 0; ; offset += BatchSize)
        {
            await using var session = store.LightweightSession();
            var closed = await session.Query<AssessmentSummary>().Where("status", "CLOSED").OrderBy("startedAt").Skip(offset).Take(BatchSize).ToListAsync();
            if (closed.Count == 0) break;
            var existing = (await session.LoadManyAsync<AssessmentProfile>(closed.Select(s => s.Id))).ToDictionary(p => p.Id);
            foreach (var summary in closed)
            {
                if (!force && existing.GetValueOrDefault(summary.Id)?.ScoringVersion == ScoringEngine.ScoringVersion) continue;
                var state = await session.Events.AggregateStreamAsync<Assessment>(summary.Id);
                if (state is not { Status: AssessmentStatus.Closed }) continue;
                session.Store(AssessmentProfile.From(state, commands.PinnedInstrument(state), commands.Now));
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
