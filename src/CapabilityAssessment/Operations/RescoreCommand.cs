using CapabilityAssessment.Assessments;
using CapabilityAssessment.Fieldwork;
using CapabilityAssessment.Scoring;
using CapabilityAssessment.Storage;
using JasperFx;
using Marten;

namespace CapabilityAssessment.Operations;

/// <summary>
/// `rescore [--force]`: re-scores every closed assessment and rewrites what closing wrote (ClosingWrites) when
/// the scoring version changed (all with --force). Idempotent: a second run finds nothing to do. The closed ids
/// are read once (no OFFSET paging, which grows quadratically); batches read their streams with one query and run
/// two at a time, so the database and the scoring overlap. Export rows are rewritten with the profiles, and
/// missing ones built from the events.
/// </summary>
internal static class RescoreCommand
{
    private const int BatchSize = 500;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var commands = services.GetRequiredService<AssessmentCommands>();
        var force = args.Contains("--force");
        output = TextWriter.Synchronized(output);
        var closing = services.GetRequiredService<ClosingWrites>();
        await services.ApplySchemaAsync();
        IReadOnlyList<AssessmentSummary> closed;
        await using (var query = store.QuerySession())
            closed = await query.Query<AssessmentSummary>().Where(s => s.Status == "CLOSED").ToListAsync();
        var (seen, rescored) = (0, 0);
        await Parallel.ForEachAsync(closed.Chunk(BatchSize), new ParallelOptions { MaxDegreeOfParallelism = 2 },
            async (batch, ct) =>
        {
            await using var session = store.LightweightSession();
            var existing = (await session.LoadManyAsync<AssessmentProfile>(ct, batch.Select(s => s.Id)))
                .ToDictionary(p => p.Id);
            var due = batch.Where(s => force
                || existing.GetValueOrDefault(s.Id)?.ScoringVersion != ScoringEngine.ScoringVersion)
                .Select(s => s.Id)
                .ToList();
            var count = 0;
            foreach (var state in await AssessmentReads.LatestManyAsync(session, due, ct))
            {
                if (state.Status != AssessmentStatus.Closed) continue;
                closing.Closed(session, state, commands.PinnedInstrument(state), commands.Now, rebuild: true);
                count++;
            }
            await session.SaveChangesAsync(ct);
            var total = Interlocked.Add(ref seen, batch.Length);
            var done = Interlocked.Add(ref rescored, count);
            await output.WriteLineAsync($"{total} of {closed.Count} closed assessments checked, {done} re-scored");
        });
        // Export rows that are still missing (assessments closed before export_rows existed) are built from the events.
        var rows = await Exports.Rows.ExportRowBackfill.EnsureAsync(
            store, services.GetRequiredService<Instruments.InstrumentCatalog>(),
            services.GetRequiredService<Assessments.ClosedRebuild>(),
            null, CancellationToken.None);
        await output.WriteLineAsync($"Done: {seen} closed assessments, {rescored} re-scored with scoring version " +
            $"{ScoringEngine.ScoringVersion}; " +
            $"{rows.Rebuilt} export rows " +
            $"built{(rows.Skipped > 0 ? $", {rows.Skipped} skipped (instrument not in the catalog)" : "")}" +
            $"{(rows.Removed > 0 ? $", {rows.Removed} of assessments no longer closed removed" : "")}.");
        return 0;
    }
}
